// verify.html's ZIP reader, as browser JavaScript source. It reads the central directory and
// inflates with DecompressionStream('deflate-raw'), so the page needs no library and no network.
// No ZIP64: bundles stay far below 4 GB (JSZip cannot write ZIP64 either).
export const VERIFY_PAGE_ZIP_JS = String.raw`
async function readZip(bytes) {
  var view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  var end = -1;
  for (var i = bytes.length - 22; i >= 0 && i >= bytes.length - 65557; i--) {
    if (view.getUint32(i, true) === 0x06054b50) { end = i; break; }
  }
  if (end < 0) throw new Error('not a ZIP file');
  var count = view.getUint16(end + 10, true);
  var p = view.getUint32(end + 16, true);
  if (count === 0xffff || p === 0xffffffff) throw new Error('this ZIP uses ZIP64, which this page cannot read: unzip it and pick the folder');
  var names = new TextDecoder();
  var files = new Map();
  for (var n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw new Error('the ZIP file is damaged (central directory)');
    var flags = view.getUint16(p + 8, true);
    var method = view.getUint16(p + 10, true);
    var size = view.getUint32(p + 20, true);
    var nameLength = view.getUint16(p + 28, true);
    var local = view.getUint32(p + 42, true);
    var name = names.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    if (name.slice(-1) === '/') continue;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw new Error('the ZIP file is damaged (' + name + ')');
    if (flags & 1) throw new Error(name + ' is encrypted');
    var start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    var raw = bytes.subarray(start, start + size);
    if (method === 0) files.set(name, raw);
    else if (method === 8) files.set(name, await inflateRaw(raw));
    else throw new Error(name + ' uses compression method ' + method + ', which this page cannot read: unzip it and pick the folder');
  }
  return files;
}

async function inflateRaw(raw) {
  var stream = new Blob([raw]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
`;
