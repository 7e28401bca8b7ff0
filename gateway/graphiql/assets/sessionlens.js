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
      var headers = Object.assign(
        { "Content-Type": "application/json", Accept: "application/json" },
        (options && options.headers) || {}
      );
      if (key) headers.Authorization = "Bearer " + key;
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

  // A new fetcher makes GraphiQL load the schema again, now with the key.
  function render() {
    root.render(React.createElement(GraphiQL, { fetcher: fetcherFor(storedKey()) }));
  }

  field.value = storedKey();
  field.addEventListener("change", function () {
    window.sessionStorage.setItem(STORAGE_KEY, field.value.trim());
    render();
  });
  render();
})();
