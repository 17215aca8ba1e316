module github.com/paysession/paysession

go 1.26.0

require (
	github.com/leanovate/gopter v0.2.11
	github.com/shopspring/decimal v1.6.0
	golang.org/x/text v0.43.0
)
