/** docker-modem's redirect-following http wrapper: how many redirects it follows, read on every request. */
declare module 'docker-modem/lib/http.js' {
  const modemHttp: { maxRedirects: number };
  export default modemHttp;
}
