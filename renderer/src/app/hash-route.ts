// Hash-based addresses: work the same from app:// in Electron and http:// in browser mode.
// '#/bao-cao?dot=3&the=nhan' is the page 'bao-cao' with its own parameters after '?'.

export interface HashRoute {
  /** The part before '?', without '#/': 'bao-cao'. */
  page: string;
  /** The page's own parameters. */
  query: URLSearchParams;
}

export function parseHash(hash: string): HashRoute {
  const [path, search = ''] = hash.replace(/^#\/?/, '').split('?');
  return { page: path ?? '', query: new URLSearchParams(search) };
}
