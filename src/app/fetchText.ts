/** Downloads a text file (a pack.json); a failed response becomes an error naming its status. */
export async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText || 'error'}`);
  return response.text();
}
