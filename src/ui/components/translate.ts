// The UI's words from _locales: one helper for UI components and the content script alike.
export { t, tn, type Substitution } from '../../shared/locale/translate';
