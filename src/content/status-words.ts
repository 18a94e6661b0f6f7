// The in-page button's words, from _locales like the UI's. Counts stay plain digits: the status
// is read by people and by scripts alike (ui-contract.md: "Captured <N> messages").
import { pluralWords } from '../shared/locale/translate';

export { t } from '../shared/locale/translate';
export const tn = pluralWords(String);
