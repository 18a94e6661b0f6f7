// Dexie picks IndexedDB at import: install the fake before any test imports storage.
import 'fake-indexeddb/auto';
