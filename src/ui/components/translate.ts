// The UI's words from _locales (chrome.i18n), so a translation needs no code change. Outside an
// extension page (unit tests in happy-dom) the English the caller gives is used as it is, so
// accessible names in ui-contract.md never depend on the browser's language pack being loaded.
// Only i18n.getMessage is read, synchronously; components stay free of the extension APIs.
interface I18n {
  getMessage(messageName: string): string;
}

function extensionI18n(): I18n | undefined {
  const scope = globalThis as { chrome?: { i18n?: I18n }; browser?: { i18n?: I18n } };
  return scope.browser?.i18n ?? scope.chrome?.i18n;
}

/** The message `key` of _locales/<lang>/messages.json, or `english` when there is none. */
export function t(key: string, english: string): string {
  try {
    return extensionI18n()?.getMessage(key) || english;
  } catch {
    return english;
  }
}
