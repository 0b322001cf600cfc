import { DataBoundary } from '@/components/data-boundary/data-boundary';
import { lazyWithRetry } from '@/components/ui/lazy-with-retry';
import { loadViewTexts } from '@/i18n/i18n';
import { ThemeSync } from './theme-sync';
import { LanguageSync } from './language-sync';
import './presenter.css';

// The speaker's notes use the presenter's texts, which load with its code.
const SpeakerView = lazyWithRetry(() =>
  Promise.all([import('@/features/present/speaker-view'), loadViewTexts('present')]).then(
    ([m]) => ({ default: m.SpeakerView }),
  ),
);

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
