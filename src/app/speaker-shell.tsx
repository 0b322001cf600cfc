import { DataBoundary } from '@/components/data-boundary/data-boundary';
import { SpeakerView } from './view-routes';
import { ThemeSync } from './theme-sync';
import { LanguageSync } from './language-sync';
import './presenter.css';

/** The speaker window (`#/speaker/<deck>/<n>`): notes and time beside the audience window. */
export function SpeakerShell() {
  return (
    <main className="speaker" data-theme="projector">
      <ThemeSync />
      <LanguageSync />
      <DataBoundary>
        <SpeakerView />
      </DataBoundary>
    </main>
  );
}
