// Node has no IndexedDB: fake-indexeddb provides one before Dexie is first imported.
import 'fake-indexeddb/auto';
