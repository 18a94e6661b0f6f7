// Why a bundle is not imported, in words for the user. Thrown while reading evidence.json and
// caught at the edge of the import module: nothing else it throws reaches the user raw.

export class BundleRefusal extends Error {
  override readonly name = 'BundleRefusal';
}

export function refuse(reason: string): never {
  throw new BundleRefusal(reason);
}
