import { useEffect } from 'react';
import { useSession } from '@/state/hooks';
import { TopBar } from './topbar/TopBar';
import { ScenarioBrief } from './topbar/ScenarioBrief';
import { NoticeStack } from './topbar/NoticeStack';
import { Workspace } from './layout/Workspace';

/** The whole page; applies theme and language to the document. */
export function Shell() {
  const theme = useSession((s) => s.settings.theme);
  const lang = useSession((s) => s.settings.lang);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  return (
    <div className="app">
      <TopBar />
      <ScenarioBrief />
      <Workspace />
      <NoticeStack />
    </div>
  );
}
