// The REST API, as promises of JSON; an error answer becomes an Error with the server's message.

export async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') query.set(k, v);
  }
  const url = '/api/' + path + (query.toString() ? '?' + query : '');
  return answer(url, await fetch(url, {headers: {Accept: 'application/json'}}));
}

/** Posts JSON with the analyst's token: post('corrections', {kind: 'REJECT_EVENT', ...}, token). */
export async function post(path, body, token) {
  const url = '/api/' + path;
  return answer(url, await fetch(url, {
    method: 'POST',
    headers: {Accept: 'application/json', 'Content-Type': 'application/json', Authorization: `Bearer ${token}`},
    body: JSON.stringify(body),
  }));
}

async function answer(url, response) {
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
