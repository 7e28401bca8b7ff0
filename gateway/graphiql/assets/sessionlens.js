// GraphiQL for the SessionLens gateway. The API key is typed once into the "API key"
// field, kept for this browser session only (sessionStorage) and sent with every request
// as `Authorization: Bearer <key>`; headers typed in GraphiQL's own editor still apply.
(function () {
  "use strict";
  var STORAGE_KEY = "sessionlens.apiKey";
  var field = document.getElementById("api-key");
  var root = ReactDOM.createRoot(document.getElementById("graphiql"));

  function storedKey() {
    return (window.sessionStorage.getItem(STORAGE_KEY) || "").trim();
  }

  function fetcherFor(key) {
    return function (params, options) {
      if (!key) {
        return Promise.resolve({
          errors: [{ message: 'Type an API key into the "API key" field above.' }],
        });
      }
      var headers = Object.assign(
        { "Content-Type": "application/json", Accept: "application/json" },
        (options && options.headers) || {}
      );
      headers.Authorization = "Bearer " + key;
      return window
        .fetch(window.location.pathname, {
          method: "POST",
          headers: headers,
          body: JSON.stringify(params),
          credentials: "omit",
        })
        .then(function (response) {
          return response.json();
        });
    };
  }

  // Mounted afresh for each key (GraphiQL keeps the editors' text in its own storage),
  // so the schema loads again with the key and an earlier "no key" answer is gone.
  var mounts = 0;
  function render() {
    mounts += 1;
    root.render(
      React.createElement(GraphiQL, { key: mounts, fetcher: fetcherFor(storedKey()) })
    );
  }

  function keyChanged(event) {
    event.preventDefault(); // Enter submits the form: stay on the page
    if (field.value.trim() === storedKey()) return;
    window.sessionStorage.setItem(STORAGE_KEY, field.value.trim());
    render();
  }

  field.value = storedKey();
  field.addEventListener("change", keyChanged);
  document.getElementById("key-form").addEventListener("submit", keyChanged);
  render();
})();
