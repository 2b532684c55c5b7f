import { Logo } from '../components/Logo';
import { useT } from '../useT';
import { ImportExport } from './ImportExport';
import { ResetButton } from './ResetButton';
import { ScenarioPicker } from './ScenarioPicker';
import { BriefToggle } from './ScenarioBrief';
import { LayoutModes } from './LayoutModes';
import { SettingsControls } from './SettingsControls';
import { ShareButton } from './ShareButton';
import { WorkshopControls, WorkshopLayers } from '../presenter/WorkshopControls';

/** The application bar: brand, scenario, workshop, layout mode, file actions, share, language, theme. */
export function TopBar() {
  const t = useT();
  return (
    <header className="topbar">
      <div className="brand">
        <Logo />
        <span className="brand-name">PodLife</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <ScenarioPicker />
      <BriefToggle />
      <ResetButton />
      <WorkshopControls />
      <div className="topbar-spacer" />
      <LayoutModes />
      <ImportExport />
      <ShareButton />
      <SettingsControls />
      <WorkshopLayers />
    </header>
  );
}
