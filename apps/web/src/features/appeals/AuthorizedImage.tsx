import { useEffect, useState } from 'react';
import { currentToken } from '../../auth/session';

/**
 * A photo read with the user's token (`/photos/<id>` is served only to those who may see the appeal,
 * so a plain `<img src>`, which sends no Authorization, cannot load it).
 */
export function AuthorizedImage({ url, alt }: { url: string; alt: string }) {
  const [source, setSource] = useState<string | undefined>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let objectUrl: string | undefined;
    const token = currentToken();
    fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        objectUrl = URL.createObjectURL(await response.blob());
        setSource(objectUrl);
      })
      .catch(() => setFailed(true));
    return () => {
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url]);
  if (failed) return <span className="photo-missing">{alt}</span>;
  return source ? (
    <img src={source} alt={alt} />
  ) : (
    <span aria-busy="true" className="photo-loading" />
  );
}
