// jsdom as the web UI's tests need it: jsdom has no fetch, so the page's fetch, Request and Response are Node's, with
// relative URLs resolved against the page's address as a browser does.
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
    page.Response = Response;
    page.fetch = (input, init) => fetch(input instanceof Request ? input : new PageRequest(input, init));
  }
}

module.exports = WebTestEnvironment;
