package validation

import (
	"github.com/paysession/paysession/internal/model"
	"github.com/paysession/paysession/internal/sessionview"
	"github.com/paysession/paysession/session"
)

// sessionData reads a session as it holds itself (internal/sessionview),
// without the copies its public accessors make: read only.
var sessionData = sessionview.Data.(func(session.Session) *model.Data)
