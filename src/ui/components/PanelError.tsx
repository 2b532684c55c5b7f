import { Icon } from './Icon';

/** The visible form of an exception inside a panel: never a blank area. */
export function PanelError({ message }: { message: string }) {
  return (
    <div className="panel-error" role="alert">
      <Icon name="error" />
      <span>{message}</span>
    </div>
  );
}
