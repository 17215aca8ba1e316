package validation

import (
	"bufio"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/jsonvalue"
	"github.com/paysession/paysession/komoju"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/session"
	"golang.org/x/text/language"
)

// problem is an expected (path, code) pair.
type problem struct {
	Path string
	Code fielderr.Code
}

func problems(err error) []problem {
	var out []problem
	for _, e := range asList(err) {
		out = append(out, problem{e.Path, e.Code})
	}
	return out
}

func num(t *testing.T, lit string) jsonvalue.Value {
	v, err := jsonvalue.Number(lit)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func i64(v int64) session.Opt[int64] { return session.Some(v) }

func TestPrimerRules(t *testing.T) {
	long := func(n int, s string) string { return strings.Repeat(s, n) }
	tests := []struct {
		name string
		p    session.Params
		want []problem
	}{
		{"empty session is valid", session.Params{}, nil},
		{"negative amount", session.Params{Amount: i64(-1)}, []problem{{"$.amount", CodeNegative}}},
		{"zero amount is valid", session.Params{Amount: i64(0)}, nil},
		{"line item amount required", session.Params{Order: session.Order{LineItems: []session.LineItem{{ItemID: "a"}}}},
			[]problem{{"$.order.lineItems[0].amount", CodeRequired}}},
		{"fee amount required", session.Params{Order: session.Order{Fees: []session.Fee{{Type: "X"}}}},
			[]problem{{"$.order.fees[0].amount", CodeRequired}}},
		{"negative line amounts", session.Params{Order: session.Order{LineItems: []session.LineItem{
			{Amount: i64(5)}, {Amount: i64(-5), TaxAmount: i64(-1)}, {Amount: i64(5), DiscountAmount: i64(-2)}}}},
			[]problem{{"$.order.lineItems[1].amount", CodeNegative}, {"$.order.lineItems[1].taxAmount", CodeNegative},
				{"$.order.lineItems[2].discountAmount", CodeNegative}}},
		{"negative shipping and fee", session.Params{Order: session.Order{Fees: []session.Fee{{Amount: i64(-3)}}, Shipping: session.Shipping{Amount: i64(-4)}}},
			[]problem{{"$.order.fees[0].amount", CodeNegative}, {"$.order.shipping.amount", CodeNegative}}},
		{"negative surcharges", session.Params{PaymentMethod: session.PaymentMethod{Options: map[string]session.MethodOptions{
			"GOOGLE_PAY":   {Surcharge: i64(-1)},
			"PAYMENT_CARD": {Networks: map[string]session.NetworkOptions{"VISA": {Surcharge: i64(-2)}, "AMEX": {Surcharge: i64(3)}}},
		}}}, []problem{{"$.paymentMethod.options.GOOGLE_PAY.surcharge.amount", CodeNegative},
			{"$.paymentMethod.options.PAYMENT_CARD.networks.VISA.surcharge.amount", CodeNegative}}},
		{"quantity 0 (pricing)", session.Params{Order: session.Order{LineItems: []session.LineItem{{Amount: i64(1), Quantity: i64(0)}}}},
			[]problem{{"$.order.lineItems[0].quantity", pricing.CodeQuantity}}},
		{"discount above subtotal (pricing)", session.Params{Order: session.Order{LineItems: []session.LineItem{{Amount: i64(100), Quantity: i64(2), DiscountAmount: i64(201)}}}},
			[]problem{{"$.order.lineItems[0].discountAmount", pricing.CodeDiscountExceedsSubtotal}}},
		{"discount equal to subtotal is valid", session.Params{Order: session.Order{LineItems: []session.LineItem{{Amount: i64(100), Quantity: i64(2), DiscountAmount: i64(200)}}}}, nil},
		{"overflow (pricing)", session.Params{Order: session.Order{LineItems: []session.LineItem{{Amount: i64(1 << 62), Quantity: i64(2)}}}},
			[]problem{{"$.order.lineItems[0]", fielderr.CodeOverflow}}},
		{"currency malformed", session.Params{CurrencyCode: "usd"}, []problem{{"$.currencyCode", CodeCurrency}}},
		{"currency unknown", session.Params{CurrencyCode: "ABC"}, []problem{{"$.currencyCode", CodeCurrency}}},
		{"currency withdrawn", session.Params{CurrencyCode: "HRK"}, []problem{{"$.currencyCode", CodeCurrency}}},
		{"currency N.A.", session.Params{CurrencyCode: "XAU"}, []problem{{"$.currencyCode", CodeCurrency}}},
		{"current ISO code in Primer's enum is valid", session.Params{CurrencyCode: "SSP"}, nil},
		{"three-digit currency valid", session.Params{CurrencyCode: "KWD"}, nil},
		{"current ISO code missing from Primer's enum (XCG)", session.Params{CurrencyCode: "XCG"}, []problem{{"$.currencyCode", CodeCurrency}}},
		{"current ISO code missing from Primer's enum (MGA)", session.Params{CurrencyCode: "MGA"}, []problem{{"$.currencyCode", CodeCurrency}}},
		{"four-digit currency missing from Primer's enum (UYW)", session.Params{CurrencyCode: "UYW"}, []problem{{"$.currencyCode", CodeCurrency}}},
		{"countries", session.Params{
			Customer: session.Customer{BillingAddress: session.Address{CountryCode: "UK"}, ShippingAddress: session.Address{CountryCode: "NO"}},
			Order:    session.Order{CountryCode: "FR,", RetailerCountryCode: "XK"}},
			[]problem{{"$.customer.billingAddress.countryCode", CodeCountry}, {"$.order.countryCode", CodeCountry}, {"$.order.retailerCountryCode", CodeCountry}}},
		{"email", session.Params{Customer: session.Customer{EmailAddress: "john@"}}, []problem{{"$.customer.emailAddress", CodeEmail}}},
		{"internationalized email valid", session.Params{Customer: session.Customer{EmailAddress: "用户@例子.广告"}}, nil},
		{"enums", session.Params{
			Order:         session.Order{LineItems: []session.LineItem{{Amount: i64(1), ProductType: "SERVICE"}}},
			PaymentMethod: session.PaymentMethod{PaymentType: "RECURRING", AuthorizationType: "final", FirstPaymentReason: "CARD_ON_FILE"}},
			[]problem{{"$.order.lineItems[0].productType", CodeEnum}, {"$.paymentMethod.authorizationType", CodeEnum},
				{"$.paymentMethod.firstPaymentReason", CodeEnum}, {"$.paymentMethod.paymentType", CodeEnum}}},
		{"valid enums", session.Params{PaymentMethod: session.PaymentMethod{PaymentType: "SUBSCRIPTION", AuthorizationType: "FINAL", FirstPaymentReason: "Unscheduled"}}, nil},
		{"networks: unknown and duplicate", session.Params{PaymentMethod: session.PaymentMethod{
			OrderedAllowedCardNetworks: []string{"VISA", "MASTERCARD", "VISA", "DINERS", "EFTPOS", "MASTERCARD"}}},
			[]problem{{"$.paymentMethod.orderedAllowedCardNetworks[2]", CodeDuplicate}, {"$.paymentMethod.orderedAllowedCardNetworks[3]", CodeEnum},
				{"$.paymentMethod.orderedAllowedCardNetworks[5]", CodeDuplicate}}},
		{"metadata values 1.5, true, null, objects, arrays", session.Params{Metadata: map[string]jsonvalue.Value{
			"f": num(t, "1.5"), "b": jsonvalue.Bool(true), "n": jsonvalue.Null(), "a": jsonvalue.Array(jsonvalue.Int(1)),
			"e": num(t, "1e3"), "big": num(t, "123456789012345678901234567890"),
			"productId": jsonvalue.Int(1001), "merchantId": jsonvalue.String("a13bsd62s"), "neg": jsonvalue.Int(-7),
		}}, []problem{{"$.metadata.a", CodeMetadataValue}, {"$.metadata.b", CodeMetadataValue}, {"$.metadata.big", CodeMetadataValue},
			{"$.metadata.e", CodeMetadataValue}, {"$.metadata.f", CodeMetadataValue}, {"$.metadata.n", CodeMetadataValue}}},
		{"metadata empty key and quoted paths", session.Params{Metadata: map[string]jsonvalue.Value{
			"": jsonvalue.String("x"), "it's": jsonvalue.Bool(false), "a b": jsonvalue.Int(1)}},
			[]problem{{"$.metadata['']", CodeMetadataKey}, {`$.metadata['it\'s']`, CodeMetadataValue}}},
		{"lengths in code points", session.Params{
			OrderID: long(255, "日"), CustomerID: long(256, "é"),
			Customer: session.Customer{FirstName: long(256, "a"), TaxID: long(255, "😀"), ShippingAddress: session.Address{AddressLine2: long(256, "x")}},
			Order: session.Order{LineItems: []session.LineItem{{Amount: i64(1), Name: long(255, "名"), Description: long(256, "d"),
				ProductData: session.ProductData{PageURL: long(1024, "p"), SKU: long(256, "s")}}},
				Fees: []session.Fee{{Amount: i64(1), Description: long(256, "f")}}},
			PaymentMethod: session.PaymentMethod{Descriptor: long(256, "d"), Options: map[string]session.MethodOptions{"APPLE_PAY": {MerchantName: long(1025, "m")}}},
		}, []problem{
			{"$.customer.firstName", CodeLength}, {"$.customer.shippingAddress.addressLine2", CodeLength}, {"$.customerId", CodeLength},
			{"$.order.fees[0].description", CodeLength}, {"$.order.lineItems[0].description", CodeLength},
			{"$.order.lineItems[0].productData.sku", CodeLength},
			{"$.paymentMethod.descriptor", CodeLength}, {"$.paymentMethod.options.APPLE_PAY.merchantName", CodeLength}}},
		{"pageUrl 1025", session.Params{Order: session.Order{LineItems: []session.LineItem{{Amount: i64(1), ProductData: session.ProductData{PageURL: long(1025, "p")}}}}},
			[]problem{{"$.order.lineItems[0].productData.pageUrl", CodeLength}}},
		{"weight", session.Params{Order: session.Order{LineItems: []session.LineItem{
			{Amount: i64(1), ProductData: session.ProductData{Weight: "-0.5"}}, {Amount: i64(1), ProductData: session.ProductData{Weight: "-0.0e7"}}}}},
			[]problem{{"$.order.lineItems[0].productData.weight", CodeNegative}}},
		{"indices sort as numbers", session.Params{Order: session.Order{LineItems: slices.Repeat([]session.LineItem{{}}, 11)}},
			[]problem{{"$.order.lineItems[0].amount", CodeRequired}, {"$.order.lineItems[1].amount", CodeRequired}, {"$.order.lineItems[2].amount", CodeRequired},
				{"$.order.lineItems[3].amount", CodeRequired}, {"$.order.lineItems[4].amount", CodeRequired}, {"$.order.lineItems[5].amount", CodeRequired},
				{"$.order.lineItems[6].amount", CodeRequired}, {"$.order.lineItems[7].amount", CodeRequired}, {"$.order.lineItems[8].amount", CodeRequired},
				{"$.order.lineItems[9].amount", CodeRequired}, {"$.order.lineItems[10].amount", CodeRequired}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustNew(t, tt.p)
			err := Primer(s)
			if got := problems(err); !slices.Equal(got, tt.want) {
				t.Errorf("got  %v\nwant %v\n%v", got, tt.want, err)
			}
			if (err == nil) != (len(tt.want) == 0) {
				t.Errorf("err = %v, want nil: %v", err, len(tt.want) == 0)
			}
			for _, w := range tt.want {
				if !errors.Is(err, w.Code) {
					t.Errorf("errors.Is(err, %q) = false", w.Code)
				}
			}
		})
	}
}

func TestPrimerMessages(t *testing.T) {
	tests := []struct {
		p    session.Params
		want string
	}{
		{session.Params{CurrencyCode: "HRK"}, `$.currencyCode: "HRK" was withdrawn from ISO 4217 in 2023-01 and can no longer be used`},
		{session.Params{CurrencyCode: "XAU"}, `$.currencyCode: "XAU" has no minor unit in ISO 4217 (N.A.) and cannot be used for a payment`},
		{session.Params{CurrencyCode: "usd"}, `$.currencyCode: a currency code is three upper-case letters (ISO 4217, such as "USD"), got "usd"`},
		{session.Params{CurrencyCode: "ABC"}, `$.currencyCode: "ABC" is not a current ISO 4217 currency code`},
		{session.Params{Amount: i64(-700)}, `$.amount: amount must not be negative, got -700`},
		{session.Params{Metadata: map[string]jsonvalue.Value{"x": num(t, "1.5")}}, `$.metadata.x: metadata values must be strings or integers, got the number "1.5"`},
		{session.Params{Metadata: map[string]jsonvalue.Value{"x": jsonvalue.Bool(true)}}, `$.metadata.x: metadata values must be strings or integers, got a boolean`},
		{session.Params{Metadata: map[string]jsonvalue.Value{"x": jsonvalue.Null()}}, `$.metadata.x: metadata values must be strings or integers, got null`},
		{session.Params{PaymentMethod: session.PaymentMethod{AuthorizationType: "final"}}, `$.paymentMethod.authorizationType: must be one of ESTIMATED, FINAL; got "final"`},
		{session.Params{OrderID: strings.Repeat("é", 256)}, `$.orderId: must be at most 255 characters long, got 256`},
	}
	for _, tt := range tests {
		err := Primer(mustNew(t, tt.p))
		if err == nil || err.Error() != tt.want {
			t.Errorf("got %v\nwant %s", err, tt.want)
		}
	}
}

func TestPrimerAllProblemsAtOnce(t *testing.T) {
	p := session.Params{
		CurrencyCode: "XAU",
		Amount:       i64(-1),
		Customer:     session.Customer{EmailAddress: "nobody"},
		Order:        session.Order{CountryCode: "UK", LineItems: []session.LineItem{{Amount: i64(10), Quantity: i64(0)}}},
		Metadata:     map[string]jsonvalue.Value{"k": jsonvalue.Null()},
	}
	want := []problem{
		{"$.amount", CodeNegative}, {"$.currencyCode", CodeCurrency}, {"$.customer.emailAddress", CodeEmail},
		{"$.metadata.k", CodeMetadataValue}, {"$.order.countryCode", CodeCountry}, {"$.order.lineItems[0].quantity", pricing.CodeQuantity},
	}
	err := Primer(mustNew(t, p))
	if got := problems(err); !slices.Equal(got, want) {
		t.Fatalf("got %v\nwant %v", got, want)
	}
	var fe *fielderr.Error
	if !errors.As(err, &fe) || fe.Path != "$.amount" {
		t.Errorf("errors.As: %v", fe)
	}
}

func TestApplePayRequests(t *testing.T) {
	obj := func(members ...jsonvalue.Member) jsonvalue.Value {
		v, err := jsonvalue.Object(members...)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	str := jsonvalue.String
	valid := obj(
		jsonvalue.Member{Key: "paymentDescription", Value: str("Subscription")},
		jsonvalue.Member{Key: "managementUrl", Value: str("https://example.com/manage")},
		jsonvalue.Member{Key: "regularBilling", Value: obj(
			jsonvalue.Member{Key: "label", Value: str("Monthly")},
			jsonvalue.Member{Key: "amount", Value: jsonvalue.Int(999)},
			jsonvalue.Member{Key: "recurringStartDate", Value: str("2025-06-09T00:00:00Z")},
			jsonvalue.Member{Key: "recurringIntervalUnit", Value: str("month")},
			jsonvalue.Member{Key: "recurringIntervalCount", Value: jsonvalue.Int(1)},
		)},
	)
	bad := obj(
		jsonvalue.Member{Key: "managementUrl", Value: str("example.com/manage")},
		jsonvalue.Member{Key: "billingAgreement", Value: str("")},
		jsonvalue.Member{Key: "extra", Value: str("x")},
		jsonvalue.Member{Key: "trialBilling", Value: obj(
			jsonvalue.Member{Key: "amount", Value: jsonvalue.Int(-1)},
			jsonvalue.Member{Key: "recurringEndDate", Value: str("tomorrow")},
			jsonvalue.Member{Key: "recurringIntervalUnit", Value: str("week")},
			jsonvalue.Member{Key: "recurringIntervalCount", Value: jsonvalue.Int(0)},
		)},
	)
	deferred := obj(
		jsonvalue.Member{Key: "managementUrl", Value: str("https://example.com/orders")},
		jsonvalue.Member{Key: "deferredBilling", Value: obj(jsonvalue.Member{Key: "label", Value: str("Order")})},
		jsonvalue.Member{Key: "freeCancellationTimeZone", Value: str("Z")},
	)
	s := mustNew(t, session.Params{PaymentMethod: session.PaymentMethod{Options: map[string]session.MethodOptions{
		"APPLE_PAY": {RecurringPaymentRequest: valid, DeferredPaymentRequest: deferred, AutomaticReloadRequest: str("no")},
	}}})
	const a = "$.paymentMethod.options.APPLE_PAY."
	want := []problem{
		{a + "automaticReloadRequest", fielderr.CodeType},
		{a + "deferredPaymentRequest.deferredBilling.deferredPaymentDate", CodeRequired},
		{a + "deferredPaymentRequest.freeCancellationTimeZone", CodeLength},
	}
	if got := problems(Primer(s)); !slices.Equal(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}

	s = mustNew(t, session.Params{PaymentMethod: session.PaymentMethod{Options: map[string]session.MethodOptions{
		"APPLE_PAY": {RecurringPaymentRequest: bad},
	}}})
	const o = "$.paymentMethod.options.APPLE_PAY.recurringPaymentRequest."
	want = []problem{
		{o + "billingAgreement", CodeLength},
		{o + "extra", fielderr.CodeUnknownField},
		{o + "managementUrl", CodeURL},
		{o + "regularBilling", CodeRequired},
		{o + "trialBilling.amount", CodeNegative},
		{o + "trialBilling.label", CodeRequired},
		{o + "trialBilling.recurringEndDate", CodeDateTime},
		{o + "trialBilling.recurringIntervalCount", CodeRange},
		{o + "trialBilling.recurringIntervalUnit", CodeEnum},
	}
	if got := problems(Primer(s)); !slices.Equal(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
}

func TestPrimerJSON(t *testing.T) {
	tests := []struct {
		name, in string
		want     []problem
	}{
		{"valid", `{"orderId":"o-1","currencyCode":"GBP","order":{"lineItems":[{"amount":500}],"countryCode":"NO"},"metadata":{"productId":1001,"merchantId":"a13bsd62s"}}`, nil},
		{"syntax error gives one problem at $", `{"orderId":`, []problem{{"$", fielderr.CodeSyntax}}},
		{"float, string and exponent amounts", `{"amount":7.5,"order":{"lineItems":[{"amount":"700"},{"amount":1e3}]}}`,
			[]problem{{"$.amount", fielderr.CodeType}, {"$.order.lineItems[0].amount", fielderr.CodeType}, {"$.order.lineItems[1].amount", fielderr.CodeType}}},
		{"misspelt nested field with semantic problems", `{"currencyCode":"HRK","order":{"lineItems":[{"amount":100,"discountedAmount":10}],"countryCode":"UK"}}`,
			[]problem{{"$.currencyCode", CodeCurrency}, {"$.order.countryCode", CodeCountry}, {"$.order.lineItems[0].discountedAmount", fielderr.CodeUnknownField}}},
		{"metadata 1.5, true and null", `{"metadata":{"a":1.5,"b":true,"c":null,"d":"ok","e":7}}`,
			[]problem{{"$.metadata.a", CodeMetadataValue}, {"$.metadata.b", CodeMetadataValue}, {"$.metadata.c", CodeMetadataValue}}},
		{"negative amount", `{"amount":-1}`, []problem{{"$.amount", CodeNegative}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := PrimerJSON([]byte(tt.in))
			if got := problems(err); !slices.Equal(got, tt.want) {
				t.Errorf("got  %v\nwant %v\n%v", got, tt.want, err)
			}
		})
	}
}

// TestOpenAPICreateRequestExample pins the two mistakes of the reference
// file's own create-request example: order.countryCode "FR," and the
// paymentMethod.paymentMethodType field the schema does not define.
func TestOpenAPICreateRequestExample(t *testing.T) {
	data, err := os.ReadFile("testdata/openapi-create-request.json")
	if err != nil {
		t.Fatal(err)
	}
	_, verr := PrimerJSON(data)
	want := []problem{{"$.order.countryCode", CodeCountry}, {"$.paymentMethod.paymentMethodType", fielderr.CodeUnknownField}}
	if got := problems(verr); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

// openAPICountries extracts CountryCodeEnum from the reference YAML by
// reading its lines: the enum's items follow "CountryCodeEnum:" and "enum:",
// one "- XX" (or "- 'NO'") per line.
func openAPICountries(t *testing.T) []string {
	f, err := os.Open("testdata/primer-client-session-openapi-2.4.yml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var codes []string
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "    CountryCodeEnum:":
			in = true
		case in && strings.HasPrefix(line, "      - "):
			codes = append(codes, strings.Trim(strings.TrimPrefix(line, "      - "), `'"`))
		case in && strings.HasPrefix(line, "      description"):
			in = false
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return codes
}

func TestCountryTableMatchesOpenAPI(t *testing.T) {
	codes := openAPICountries(t)
	if len(codes) != 249 {
		t.Fatalf("the OpenAPI file lists %d codes, want 249", len(codes))
	}
	if !slices.Contains(codes, "NO") {
		t.Error("Norway ('NO') missing from the extracted enum")
	}
	for _, c := range codes {
		if !isCountry(c) {
			t.Errorf("%s is in CountryCodeEnum but rejected", c)
		}
	}
	var table []string
	for i := 0; i < len(countryCodes); i += 2 {
		table = append(table, countryCodes[i:i+2])
	}
	slices.Sort(codes)
	if !slices.Equal(table, codes) {
		t.Errorf("table and CountryCodeEnum differ:\ntable %v\nenum  %v", table, codes)
	}
	if !slices.IsSorted(table) || len(slices.Compact(slices.Clone(table))) != len(table) {
		t.Error("table not sorted or has duplicates")
	}
	// Every other pair of letters is rejected.
	n := 0
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			if isCountry(string([]rune{a, b})) {
				n++
			}
		}
	}
	if n != 249 {
		t.Errorf("isCountry accepts %d codes, want 249", n)
	}
}

func TestRegionsXTextAcceptsButPrimerRejects(t *testing.T) {
	for _, c := range []string{"UK", "XK", "AN", "YU", "FX"} {
		if _, err := language.ParseRegion(c); err != nil {
			t.Errorf("x/text rejects %s (%v); the point of this test is that it accepts it", c, err)
		}
		if isCountry(c) {
			t.Errorf("isCountry(%s) = true, want false", c)
		}
	}
	for _, c := range []string{"gb", "G", "GBR", "", "G1", "ÉÉ"} {
		if isCountry(c) {
			t.Errorf("isCountry(%q) = true", c)
		}
	}
}

func TestEmail(t *testing.T) {
	valid := []string{
		"john@primer.io", "a@b.co", "first.last+tag@sub.example.com", "o'hara@example.ie",
		"!#$%&'*+-/=?^_`{|}~@example.com", "用户@例子.广告", "josé@correo.es", "Pelé@exemplo.com.br",
		"x@xn--bcher-kva.example", "user@123.example", strings.Repeat("a", 64) + "@example.com",
		"a@" + strings.Repeat("b", 63) + ".com",
	}
	invalid := []string{
		"", "john", "john@", "@example.com", "john@example", "john..doe@example.com", ".john@example.com",
		"john.@example.com", "john doe@example.com", "john@exa mple.com", "john@-example.com", "john@example-.com",
		"john@example..com", "john@.example.com", "john@example.com.", "john@192.168.0.1", "john@[192.168.0.1]",
		`"john doe"@example.com`, "a@b@example.com", "john@exa_mple.com", strings.Repeat("a", 65) + "@example.com",
		"a@" + strings.Repeat("b", 64) + ".com", "a@" + strings.Repeat("b.", 130) + "com", "\xff@example.com",
		"john\n@example.com", "john@example.com\x00",
	}
	for _, e := range valid {
		if !isEmail(e) {
			t.Errorf("isEmail(%q) = false, want true", e)
		}
	}
	for _, e := range invalid {
		if isEmail(e) {
			t.Errorf("isEmail(%q) = true, want false", e)
		}
	}
}

func TestEmailDoesNotAllocate(t *testing.T) {
	n := testing.AllocsPerRun(100, func() {
		_ = isEmail("用户.name+tag@例子.example.com")
	})
	if n != 0 {
		t.Errorf("isEmail allocates %v times", n)
	}
}

func TestKomojuRules(t *testing.T) {
	base := func() komoju.Params {
		return komoju.Params{Amount: i64(1000), Currency: "JPY"}
	}
	with := func(f func(*komoju.Params)) komoju.Params {
		p := base()
		f(&p)
		return p
	}
	key30, key31 := strings.Repeat("鍵", 30), strings.Repeat("鍵", 31)
	tests := []struct {
		name string
		p    komoju.Params
		want []problem
	}{
		{"minimal payment session", base(), nil},
		{"nothing at all", komoju.Params{}, []problem{{"$.amount", CodeRequired}, {"$.currency", CodeRequired}}},
		{"customer mode needs no amount", komoju.Params{Mode: "customer", Currency: "USD"}, nil},
		{"customer_payment needs an amount", komoju.Params{Mode: "customer_payment", Currency: "USD"}, []problem{{"$.amount", CodeRequired}}},
		{"bad mode", with(func(p *komoju.Params) { p.Mode = "subscription" }), []problem{{"$.mode", CodeEnum}}},
		{"amount 2147483647", with(func(p *komoju.Params) { p.Amount = i64(2147483647) }), nil},
		{"amount 2147483648", with(func(p *komoju.Params) { p.Amount = i64(2147483648) }), []problem{{"$.amount", CodeRange}}},
		{"amount -1", with(func(p *komoju.Params) { p.Amount = i64(-1) }), []problem{{"$.amount", CodeNegative}}},
		{"currency not KOMOJU's", with(func(p *komoju.Params) { p.Currency = "SEK" }), []problem{{"$.currency", CodeCurrency}}},
		{"expires 86400", with(func(p *komoju.Params) { p.ExpiresInSeconds = i64(86400) }), nil},
		{"expires 86401", with(func(p *komoju.Params) { p.ExpiresInSeconds = i64(86401) }), []problem{{"$.expires_in_seconds", CodeRange}}},
		{"expires 1", with(func(p *komoju.Params) { p.ExpiresInSeconds = i64(1) }), nil},
		{"expires 0", with(func(p *komoju.Params) { p.ExpiresInSeconds = i64(0) }), []problem{{"$.expires_in_seconds", CodeRange}}},
		{"locale", with(func(p *komoju.Params) { p.DefaultLocale = "fr" }), []problem{{"$.default_locale", CodeEnum}}},
		{"locales", with(func(p *komoju.Params) { p.DefaultLocale = "ko" }), nil},
		{"metadata key of 30 multi-byte characters", with(func(p *komoju.Params) {
			p.Metadata = map[string]jsonvalue.Value{key30: jsonvalue.String("v")}
		}), nil},
		{"metadata key of 31 multi-byte characters", with(func(p *komoju.Params) {
			p.Metadata = map[string]jsonvalue.Value{key31: jsonvalue.String("v")}
		}), []problem{{"$.metadata['" + strings.Repeat("鍵", 21) + "…']", CodeLength}}}, // a path keeps 64 bytes of a key
		{"metadata value 2000 and 2001 characters", with(func(p *komoju.Params) {
			p.Metadata = map[string]jsonvalue.Value{"a": jsonvalue.String(strings.Repeat("値", 2000)), "b": jsonvalue.String(strings.Repeat("値", 2001))}
		}), []problem{{"$.metadata.b", CodeLength}}},
		{"metadata integers are not strings", with(func(p *komoju.Params) {
			p.Metadata = map[string]jsonvalue.Value{"n": jsonvalue.Int(1), "t": jsonvalue.Bool(true)}
		}), []problem{{"$.metadata.n", CodeMetadataValue}, {"$.metadata.t", CodeMetadataValue}}},
		{"return_url", with(func(p *komoju.Params) { p.ReturnURL = "/thanks" }), []problem{{"$.return_url", CodeURL}}},
		{"return_url with query", with(func(p *komoju.Params) { p.ReturnURL = "https://shop.example/thanks?order=1" }), nil},
		{"email", with(func(p *komoju.Params) { p.Email = "taro@" }), []problem{{"$.email", CodeEmail}}},
		{"customer_id in payment mode", with(func(p *komoju.Params) { p.CustomerID = "cus_1" }), []problem{{"$.customer_id", CodeMode}}},
		{"customer_id in customer_payment mode", with(func(p *komoju.Params) { p.CustomerID = "cus_1"; p.Mode = "customer_payment" }), nil},
		{"line items", with(func(p *komoju.Params) {
			p.LineItems = []komoju.LineItem{{Amount: i64(-1)}, {Amount: i64(1), Quantity: i64(0), Image: "img.png"}, {Amount: i64(0), Quantity: i64(1)}}
		}), []problem{{"$.line_items[0].amount", CodeNegative}, {"$.line_items[1].image", CodeURL}, {"$.line_items[1].quantity", CodeRange}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Komoju(komoju.New(tt.p))
			if got := problems(err); !slices.Equal(got, tt.want) {
				t.Errorf("got  %v\nwant %v\n%v", got, tt.want, err)
			}
		})
	}
}

func TestKomojuJSON(t *testing.T) {
	tests := []struct {
		name, in string
		want     []problem
	}{
		{"valid", `{"amount":1000,"currency":"JPY","return_url":"https://shop.example/r","default_locale":"ja","metadata":{"order":"1"}}`, nil},
		{"syntax", `[`, []problem{{"$", fielderr.CodeSyntax}}},
		{"float amount and bad locale", `{"amount":10.5,"currency":"JPY","default_locale":"fr"}`,
			[]problem{{"$.amount", fielderr.CodeType}, {"$.default_locale", CodeEnum}}},
		{"payment types", `{"amount":1,"currency":"JPY","payment_types":["konbini","credit_card","visa","paypay","Konbini","wechatpay"]}`,
			[]problem{{"$.payment_types[2]", CodeEnum}, {"$.payment_types[4]", CodeEnum}}},
		{"line items within int32", `{"amount":1,"currency":"JPY","line_items":[{"amount":2147483647,"quantity":2147483647},{"amount":2147483648,"quantity":2147483648},{"amount":1,"quantity":0}]}`,
			[]problem{{"$.line_items[1].amount", CodeRange}, {"$.line_items[1].quantity", CodeRange}, {"$.line_items[2].quantity", CodeRange}}},
		{"empty metadata key", `{"amount":1,"currency":"JPY","metadata":{"":"x","ok":"y"}}`,
			[]problem{{"$.metadata['']", CodeMetadataKey}}},
		{"payment_data valid", `{"amount":1,"currency":"JPY","payment_data":{"capture":"manual","amount":5,"currency":"USD","external_order_num":"o-1","name":"n","name_kana":"ナ","mcc":"5411","intent":"card_on_file",` +
			`"statement_descriptor":{"statement_descriptor":"a","statement_descriptor_alpha":"b","statement_descriptor_kana":"c","statement_city":"d","contact_phone":"e"},` +
			`"platform_details":{"processing_merchant_id":"m","submerchants":[{"submerchant_id":"s","amount":1,"platform_fee":0}]},` +
			`"billing_address":{"zipcode":"1","street_address1":"a","street_address2":"b","country":"JP","state":"s","city":"c","name":"n","phone":"p"},"shipping_address":{"city":"c"}}}`, nil},
		{"payment_data invalid", `{"amount":1,"currency":"JPY","payment_data":{"capture":"later","amount":-1,"currency":"XAU","intent":1,"foo":1,` +
			`"statement_descriptor":{"bad":"x"},"platform_details":{"submerchants":[{"amount":2147483648,"platform_fee":1.5},3]},"billing_address":"Tokyo"}}`,
			[]problem{
				{"$.payment_data.amount", CodeNegative}, {"$.payment_data.billing_address", fielderr.CodeType},
				{"$.payment_data.capture", CodeEnum}, {"$.payment_data.currency", CodeCurrency}, {"$.payment_data.foo", fielderr.CodeUnknownField},
				{"$.payment_data.intent", fielderr.CodeType},
				{"$.payment_data.platform_details.submerchants[0].amount", CodeRange},
				{"$.payment_data.platform_details.submerchants[0].platform_fee", fielderr.CodeType},
				{"$.payment_data.platform_details.submerchants[1]", fielderr.CodeType},
				{"$.payment_data.statement_descriptor.bad", fielderr.CodeUnknownField},
			}},
		{"payment_data not an object", `{"amount":1,"currency":"JPY","payment_data":[1]}`, []problem{{"$.payment_data", fielderr.CodeType}}},
		{"payment_data in customer mode", `{"mode":"customer","currency":"JPY","payment_data":{"capture":"auto"}}`, []problem{{"$.payment_data", CodeMode}}},
		{"payment_data in customer_payment mode", `{"mode":"customer_payment","amount":1,"currency":"JPY","payment_data":{"capture":"auto"}}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := KomojuJSON([]byte(tt.in))
			if got := problems(err); !slices.Equal(got, tt.want) {
				t.Errorf("got  %v\nwant %v\n%v", got, tt.want, err)
			}
		})
	}
}

func TestEnvelope422(t *testing.T) {
	err := fielderr.List{
		{Path: "$.customerId", Code: fielderr.CodeType, Message: "Value must be a valid string"},
		{Path: `$.metadata['a"b']`, Code: CodeMetadataValue, Message: "x\ny"},
	}
	want := `{"error":{"errorId":"RequestValidationError","description":"We were unable to validate your request, please check your payload against /docs/api",` +
		`"validationErrors":[{"model":"ClientSessionAPIRequest","errors":[{"path":"$.customerId","description":"Value must be a valid string"},` +
		`{"path":"$.metadata['a\"b']","description":"x\ny"}]}]}}`
	if got := string(Envelope422(err, "")); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	wantNil := `{"error":{"errorId":"RequestValidationError","description":"We were unable to validate your request, please check your payload against /docs/api",` +
		`"validationErrors":[{"model":"ClientSessionUpdateAPIRequest","errors":[]}]}}`
	if got := string(Envelope422(nil, "ClientSessionUpdateAPIRequest")); got != wantNil {
		t.Errorf("got  %s\nwant %s", got, wantNil)
	}
	if got := string(Envelope422(errors.New("boom"), "")); !strings.Contains(got, `{"path":"$","description":"boom"}`) {
		t.Errorf("plain error: %s", got)
	}
}

func TestMemberPath(t *testing.T) {
	tests := []struct{ key, want string }{
		{"productId", "$.m.productId"}, {"_a1", "$.m._a1"}, {"1a", "$.m['1a']"}, {"", "$.m['']"},
		{"a b", "$.m['a b']"}, {"it's", `$.m['it\'s']`}, {`a\b`, `$.m['a\\b']`}, {"ключ", "$.m['ключ']"},
	}
	for _, tt := range tests {
		if got := member("$.m", tt.key); got != tt.want {
			t.Errorf("member(%q) = %s, want %s", tt.key, got, tt.want)
		}
	}
}

// PrimerJSON and KomojuJSON return the zero value with any error, like the
// decoders, and the decoded value when it is valid.
func TestJSONZeroOnError(t *testing.T) {
	s, err := PrimerJSON([]byte(`{"amount":7.5,"orderId":"o-1"}`))
	if err == nil || !s.Equal(session.Session{}) {
		t.Errorf("PrimerJSON: %v, %s", err, s.AppendRequestJSON(nil))
	}
	s, err = PrimerJSON([]byte(`{"amount":-1,"orderId":"o-1"}`))
	if err == nil || !s.Equal(session.Session{}) {
		t.Errorf("PrimerJSON of a rule violation: %v, %s", err, s.AppendRequestJSON(nil))
	}
	if s, err = PrimerJSON([]byte(`{"amount":7,"orderId":"o-1"}`)); err != nil || s.OrderID() != "o-1" {
		t.Errorf("PrimerJSON of a valid request: %v, %s", err, s.AppendRequestJSON(nil))
	}
	k, err := KomojuJSON([]byte(`{"amount":-1,"currency":"JPY"}`))
	if err == nil || !k.Equal(komoju.Session{}) {
		t.Errorf("KomojuJSON: %v, %s", err, k.AppendJSON(nil))
	}
	if k, err = KomojuJSON([]byte(`{"amount":1,"currency":"JPY"}`)); err != nil || k.CurrencyCode() != "JPY" {
		t.Errorf("KomojuJSON of a valid request: %v", err)
	}
}

// A misspelt network key is unknown_network (its surcharge would never
// apply); a method-level surcharge on cards is an unknown field.
func TestOptionsPerMethodType(t *testing.T) {
	tests := []struct {
		in   string
		want []problem
	}{
		{`{"paymentMethod":{"options":{"PAYMENT_CARD":{"networks":{"VISA":{"surcharge":{"amount":1}},"visa":{"surcharge":{"amount":1}},"MASTER_CARD":{}}}}}}`,
			[]problem{{"$.paymentMethod.options.PAYMENT_CARD.networks.MASTER_CARD", CodeUnknownNetwork}, {"$.paymentMethod.options.PAYMENT_CARD.networks.visa", CodeUnknownNetwork}}},
		{`{"paymentMethod":{"options":{"PAYMENT_CARD":{"surcharge":{"amount":5}}}}}`,
			[]problem{{"$.paymentMethod.options.PAYMENT_CARD.surcharge", fielderr.CodeUnknownField}}},
		{`{"paymentMethod":{"options":{"APPLE_PAY":{"surcharge":{"amount":5},"extraMerchantData":{}}}}}`,
			[]problem{{"$.paymentMethod.options.APPLE_PAY.extraMerchantData", fielderr.CodeUnknownField}}},
		{`{"paymentMethod":{"options":{"APPLE_PAY":{"surcharge":{"amount":5}},"PAYMENT_CARD":{"networks":{"CARTES_BANCAIRES":{"surcharge":{"amount":1}}}}}}}`, nil},
	}
	for _, tt := range tests {
		_, err := PrimerJSON([]byte(tt.in))
		if got := problems(err); !slices.Equal(got, tt.want) {
			t.Errorf("%s:\ngot  %v\nwant %v", tt.in, got, tt.want)
		}
	}
}
