// Communes/wards named in a unit list: matched by folded name ("phuong vinh thong" is
// "Phường Vĩnh Thông"), the missing ones added inside the import's own transaction, so an
// import that fails adds none.
import { foldVi } from '../../../shared/text/vi';
import type { ServiceContext } from '../context';
import { insertArea, listAreas } from '../areas/repo';

/** Call inside the import transaction: name → id, adding a name the list lacks on first use. */
export function importAreaResolver(ctx: ServiceContext): (name: string | null) => number | null {
  const ids = new Map(listAreas(ctx).map((a) => [foldVi(a.name), a.id]));
  return (name) => {
    if (!name) return null;
    const key = foldVi(name);
    let id = ids.get(key);
    if (id === undefined) {
      id = insertArea(ctx, name);
      ids.set(key, id);
    }
    return id;
  };
}

/** The folded names of the communes/wards already listed, for the preview's "new" list. */
export function knownAreaKeys(ctx: ServiceContext): Set<string> {
  return new Set(listAreas(ctx).map((a) => foldVi(a.name)));
}
