// jsdom as the web UI's tests need it: jsdom has no fetch, so the page's fetch, Request and Response are Node's, with
// relative URLs resolved against the page's address as a browser does; FormData, Blob and File are Node's to match.
const { TestEnvironment } = require('jest-environment-jsdom');

class WebTestEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    const page = this.global;
    class PageRequest extends Request {
      constructor(input, init) {
        super(typeof input === 'string' ? new URL(input, page.location.href) : input, init);
      }
    }
    page.Request = PageRequest;
    // Node's FormData, Blob and File, so a multipart body the page builds goes through Node's fetch as a browser's would.
    page.FormData = globalThis.FormData;
    page.Blob = globalThis.Blob;
    page.File = globalThis.File;
    page.Response = Response;
    page.fetch = (input, init) => fetch(input instanceof Request ? input : new PageRequest(input, init));
  }
}

module.exports = WebTestEnvironment;
