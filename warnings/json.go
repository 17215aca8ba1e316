package warnings

import "github.com/paysession/paysession/jsonvalue"

// AppendJSON appends the warning as a compact JSON object with its members
// in the order type, code, message, path, the shape of Primer's create
// response. path is left out when empty (Primer's own warnings carry none).
func (w Warning) AppendJSON(dst []byte) []byte {
	dst = append(dst, `{"type":`...)
	dst = jsonvalue.String(string(w.Type)).AppendJSON(dst)
	dst = append(dst, `,"code":`...)
	dst = jsonvalue.String(string(w.Code)).AppendJSON(dst)
	dst = append(dst, `,"message":`...)
	dst = jsonvalue.String(w.Message).AppendJSON(dst)
	if w.Path != "" {
		dst = append(dst, `,"path":`...)
		dst = jsonvalue.String(w.Path).AppendJSON(dst)
	}
	return append(dst, '}')
}

// MarshalJSON encodes the warning as AppendJSON does, so encoding/json
// writes a []Warning in the response shape.
func (w Warning) MarshalJSON() ([]byte, error) { return w.AppendJSON(nil), nil }

// AppendJSONList appends ws as a compact JSON array of warning objects; a nil
// or empty list is written [].
func AppendJSONList(dst []byte, ws []Warning) []byte {
	dst = append(dst, '[')
	for i, w := range ws {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = w.AppendJSON(dst)
	}
	return append(dst, ']')
}
