// monaco-yaml's language service worker (schema validation, hover, completion), imported through a
// file of our own as monaco-yaml's README advises for Vite.
import "monaco-yaml/yaml.worker.js";
