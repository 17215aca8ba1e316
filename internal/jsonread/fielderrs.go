package jsonread

import "github.com/paysession/paysession/fielderr"

// FieldErrors returns the reader's problems (Errors) as a fielderr.List, nil
// when there are none; the reader's codes are fielderr's.
func (r *Reader) FieldErrors() fielderr.List {
	es := r.Errors()
	if len(es) == 0 {
		return nil
	}
	l := make(fielderr.List, len(es))
	for i, e := range es {
		l[i] = fielderr.Error{Path: e.Path, Code: fielderr.Code(e.Code), Message: e.Message}
	}
	return l
}
