// The indirection monaco-yaml's README suggests for Vite: bundle its worker as our own ?worker.
import 'monaco-yaml/yaml.worker.js';
