import { useId } from 'react';
import { useT } from '@/i18n/use-t';
import { parseTheme, type ThemeChoice } from './theme-sync';
import { useUrlSetting } from './use-url-setting';
import './settings.css';

const CHOICES: ThemeChoice[] = ['auto', 'light', 'dark'];

/** Light, dark or the operating system's choice, as `theme=` (auto, the default, is not written). */
export function ThemePicker() {
  const id = useId();
  const { t } = useT();
  const { search, set } = useUrlSetting('theme', 'auto');
  return (
    <div className="setting-picker">
      <label htmlFor={id}>{t('app.theme.label')}</label>
      <select id={id} value={parseTheme(search)} onChange={(event) => set(event.target.value)}>
        {CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`app.theme.${choice}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
