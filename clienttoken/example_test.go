package clienttoken_test

import (
	"fmt"
	"time"

	"github.com/paysession/paysession/clienttoken"
)

func ExampleExpiration() {
	created := time.Date(2021, 8, 11, 18, 14, 8, 578695000, time.FixedZone("CEST", 2*3600))
	exp := clienttoken.Expiration(created)
	fmt.Println(clienttoken.Format(exp))
	fmt.Println(clienttoken.Format(exp.Truncate(time.Second)))

	parsed, _ := clienttoken.Parse("2021-08-12T16:14:08.578695")
	fmt.Println(clienttoken.Expired(parsed, exp.Add(-time.Second)), clienttoken.Expired(parsed, exp))
	// Output:
	// 2021-08-12T16:14:08.578695
	// 2021-08-12T16:14:08
	// false true
}
