// Asks the browser to keep Proofpack's storage under pressure. StorageManager.persist() exists
// only in windows (not in the service worker), so the extension pages ask, once per page load.
export function requestPersistentStorage(): void {
  void navigator.storage
    ?.persisted?.()
    .then((already) => (already ? true : navigator.storage.persist()))
    .catch(() => false);
}
