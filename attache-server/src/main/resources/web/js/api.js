// The REST API, as promises of JSON; an error answer becomes an Error with the server's message.

export async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') query.set(k, v);
  }
  const url = '/api/' + path + (query.toString() ? '?' + query : '');
  const response = await fetch(url, {headers: {Accept: 'application/json'}});
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    throw new Error(`The server answered ${response.status} without JSON for ${url}.`);
  }
  if (!response.ok) {
    throw new Error(body && body.error ? body.error : `The server answered ${response.status}.`);
  }
  return body;
}
