import { useId } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { parseTheme, type ThemeChoice } from './theme-sync';
import './theme-picker.css';

const CHOICES: { id: ThemeChoice; label: string }[] = [
  { id: 'auto', label: 'Auto (system)' },
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
];

/**
 * Light, dark or the operating system's choice. Written to the URL as `theme=` (auto, the
 * default, is not written) and replacing the history entry: a theme is not a place to go back to.
 * ThemeSync applies it; links keep it (a global parameter).
 */
export function ThemePicker() {
  const id = useId();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const theme = parseTheme(search);
  const choose = (next: ThemeChoice) => {
    const params = new URLSearchParams(search);
    if (next === 'auto') params.delete('theme');
    else params.set('theme', next);
    const text = params.toString().replace(/%2C/gi, ',');
    navigate({ pathname, search: text ? `?${text}` : '' }, { replace: true });
  };
  return (
    <div className="theme-picker">
      <label htmlFor={id}>Theme</label>
      <select id={id} value={theme} onChange={(event) => choose(event.target.value as ThemeChoice)}>
        {CHOICES.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
