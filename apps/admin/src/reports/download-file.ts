/** Saves base64 content the server made (PDF, XLSX, CSV) as a file in the browser. */
export function downloadBase64(fileName: string, contentBase64: string, type: string): void {
  const bytes = Uint8Array.from(atob(contentBase64), (c) => c.charCodeAt(0));
  downloadBlob(fileName, new Blob([bytes], { type }));
}

/** Saves a blob as a file in the browser. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  a.click();
  URL.revokeObjectURL(url);
}
