// kubectl-yaml: reads a YAML stream on stdin the way `kubectl apply -f` does and prints what the
// API server would receive, so tests can check our YAML with the real reader instead of a model
// of it. Documents are split at `---` lines (as k8s.io/apimachinery's YAMLReader does: a line
// starting with `---` followed only by spaces or a comment), each one is converted with
// sigs.k8s.io/yaml.YAMLToJSON (go-yaml v2 underneath), and the answer is one JSON array with,
// per non-empty document, {"json": <value>} or {"error": "<message>"}.
// Built offline from Debian's Go sources by scripts/install-kubectl-yaml.sh.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"sigs.k8s.io/yaml"
)

type result struct {
	JSON  json.RawMessage `json:"json,omitempty"`
	Error string          `json:"error,omitempty"`
}

func documents(r io.Reader) ([][]byte, error) {
	var docs [][]byte
	var buf bytes.Buffer
	in := bufio.NewReader(r)
	for {
		line, err := in.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return nil, err
		}
		if bytes.HasPrefix(line, []byte("---")) {
			rest := strings.TrimSpace(string(line[3:]))
			if rest != "" && !strings.HasPrefix(rest, "#") {
				return nil, fmt.Errorf("invalid document separator: %q", line)
			}
			if buf.Len() > 0 {
				docs = append(docs, append([]byte(nil), buf.Bytes()...))
				buf.Reset()
			}
		} else {
			buf.Write(line)
		}
		if err == io.EOF {
			break
		}
	}
	if buf.Len() > 0 {
		docs = append(docs, buf.Bytes())
	}
	return docs, nil
}

func main() {
	docs, err := documents(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "kubectl-yaml:", err)
		os.Exit(2)
	}
	out := make([]result, 0, len(docs))
	for _, d := range docs {
		j, err := yaml.YAMLToJSON(d)
		if err != nil {
			out = append(out, result{Error: err.Error()})
		} else {
			out = append(out, result{JSON: j})
		}
	}
	enc, err := json.Marshal(out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "kubectl-yaml:", err)
		os.Exit(2)
	}
	os.Stdout.Write(enc)
	os.Stdout.Write([]byte("\n"))
}
