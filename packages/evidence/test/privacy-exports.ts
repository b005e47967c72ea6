// Exports shaped like the ones consultants receive, each holding people's names, e-mail addresses,
// phones and postal addresses in columns of their own, and one comment that mentions an address: the
// privacy tests check that none of it reaches a comment, a quote or the screen.

/** The personal data planted in the exports below: none of it may appear in any text an analysis makes. */
export const PLANTED_PERSONAL_DATA = [
  "Maria García",
  "García",
  "John Doherty",
  "Doherty",
  "Lena Vogel",
  "maria.garcia@example.es",
  "john.d@example.co.uk",
  "lena@vogel.consulting",
  "ana.lopez@gmail.example",
  "Ana López",
  "Carlos Ruiz",
  "carlos@ruiz.example",
  "Calle Mayor 12",
  "28013",
  "+34 612 345 678",
  "Pat Quinn",
  "pat.quinn@example.org",
  "Sam Okafor",
  "sam@okafor.example",
  "198.51.100.23",
  "Kim Lee",
  "R_1aBcDeFgHiJkLmN",
  "Jo Brandt",
];

/** A Google-reviews-like export: reviewer names, a review id, the owner's replies. */
export const GOOGLE_REVIEWS = `reviewer_name,rating,text,published_at,review_id,owner_response
Maria García,5,"Lovely staff, the food was to die for",2026-03-02,ChdDSUhNMG9nS0VJQ0FnSURuMHI2,"Thank you Maria García!"
John Doherty,2,Waited 40 minutes for our food and the waiter never came back,2026-03-05,ChZDSUhNMG9nS0VJQ0FnSURaa3I5,"Sorry John Doherty, we will do better"
Lena Vogel,1,"Cold food, rude waiter. Mail me at lena@vogel.consulting for a refund",2026-03-09,ChdDSUhNMG9nS0VJQ0FnSUR4dTlT,We have written to you
Pat Quinn,4,"Nice place, the bill was quick",2026-03-12,ChZDSUhNMG9nS0VJQ0FnSURDaHB3,Thanks Pat Quinn
Sam Okafor,5,Great food and friendly waiter,2026-03-15,ChdDSUhNMG9nS0VJQ0FnSURDbnNrUQ,Thank you Sam Okafor
Kim Lee,3,The food was fine but the bill took ages,2026-03-18,ChZDSUhNMG9nS0VJQ0FnSUQ0MnBn,Thanks Kim Lee
`;

/** A Trustpilot-like export: consumer e-mail and name, review id, title, language code, company reply. */
export const TRUSTPILOT = `Review Created (UTC),Review Consumer User Id,Review Title,Review Content,Review Stars,Source Of Review,Review Language,Domain URL,Webshop Name,Business Unit Id,Company Reply Date (UTC),Reply Content,Consumer Email,Consumer Name,Reference Id
2026-03-01T10:00:00Z,5f8a1c2e9b7d4a0012ab34cd,Cold food,"The food was cold when it arrived, and the waiter ignored us",1,Organic,en,https://bistro.example,Bistro Nova,4b5c6d7e8f9a0b1c2d3e4f50,2026-03-02T09:00:00Z,"Dear Maria García, we are sorry",maria.garcia@example.es,Maria García,ORD-778812
2026-03-03T11:00:00Z,5f8a1c2e9b7d4a0012ab34ce,Slow bill,"Paying took twenty minutes, the card machine was broken",2,Invitation,en,https://bistro.example,Bistro Nova,4b5c6d7e8f9a0b1c2d3e4f50,,,john.d@example.co.uk,John Doherty,ORD-778813
2026-03-05T12:00:00Z,5f8a1c2e9b7d4a0012ab34cf,Lovely,"Lovely evening, great food and friendly waiter",5,Organic,en,https://bistro.example,Bistro Nova,4b5c6d7e8f9a0b1c2d3e4f50,2026-03-06T09:00:00Z,Thank you Lena Vogel,lena@vogel.consulting,Lena Vogel,ORD-778814
2026-03-07T13:00:00Z,5f8a1c2e9b7d4a0012ab34d0,Never again,"Never again, the food was raw and the bill wrong",1,Organic,en,https://bistro.example,Bistro Nova,4b5c6d7e8f9a0b1c2d3e4f50,,,pat.quinn@example.org,Pat Quinn,ORD-778815
2026-03-09T14:00:00Z,5f8a1c2e9b7d4a0012ab34d1,Fine,"Fine food, the bill was quick",4,Invitation,de,https://bistro.example,Bistro Nova,4b5c6d7e8f9a0b1c2d3e4f50,,,sam@okafor.example,Sam Okafor,ORD-778816
`;

/** A Zendesk-like export: requester name and e-mail, assignee, ticket id, subject and description. */
export const ZENDESK = `Id,Subject,Description,Requester,Requester email,Assignee,Group,Created at,Status
10231,Charged twice,"I was charged twice for one dinner, please refund the second payment",Maria García,maria.garcia@example.es,Jo Brandt,Billing,2026-03-01 09:12,solved
10232,Booking lost,"My booking for Friday was not in the system when we arrived",John Doherty,john.d@example.co.uk,Jo Brandt,Front desk,2026-03-02 10:30,solved
10233,Refund not received,"Still no refund after two weeks, call me on +34 612 345 678",Lena Vogel,lena@vogel.consulting,Kim Lee,Billing,2026-03-04 14:05,open
10234,Great service,"Thanks for sorting out the bill so quickly",Pat Quinn,pat.quinn@example.org,Kim Lee,Billing,2026-03-06 16:45,closed
10235,Allergy question,"Can the kitchen cook without nuts for my son?",Sam Okafor,sam@okafor.example,Jo Brandt,Front desk,2026-03-08 11:20,solved
`;

/** A Spanish Google Forms export: e-mail, name, phone and postal address columns, a stage, NPS and a comment. */
export const SPANISH_GOOGLE_FORMS = `Marca temporal,Etapa,Dirección de correo electrónico,Nombre,Teléfono,Dirección,Código postal,¿Qué probabilidad hay de que nos recomiende a un amigo?,¿Algún comentario?
2026-03-02 09:23:00,Eat,ana.lopez@gmail.example,Ana López,+34 612 345 678,Calle Mayor 12,28013,9,"La comida estaba deliciosa y el camarero fue muy amable"
2026-03-02 10:01:00,Pay,carlos@ruiz.example,Carlos Ruiz,+34 699 111 222,Calle Toledo 4,28005,3,"Esperamos cuarenta minutos y la cuenta estaba mal"
2026-03-03 12:45:00,Eat,maria.garcia@example.es,Maria García,+34 600 222 333,Gran Vía 1,28013,10,"Todo perfecto, volveremos pronto"
2026-03-04 20:10:00,Eat,john.d@example.co.uk,John Doherty,+44 20 7946 0958,Calle Mayor 12,28013,6,"La comida llegó fría"
2026-03-05 21:30:00,Pay,lena@vogel.consulting,Lena Vogel,+49 176 1234 5678,Calle Alcalá 99,28009,8,"Buen servicio, escribidme a lena@vogel.consulting"
`;

const QUALTRICS_IDS =
  "StartDate,EndDate,Status,IPAddress,Progress,Duration (in seconds),Finished,RecordedDate,ResponseId,RecipientLastName,RecipientFirstName,RecipientEmail,ExternalReference,LocationLatitude,LocationLongitude,DistributionChannel,UserLanguage,Q1,Q1_NPS_GROUP,Q2_DO,Q3_TEXT,Q3_TEXT - Sentiment Polarity,Q4,Q4_5_TEXT";
const QUALTRICS_TEXTS =
  "Start Date,End Date,Response Type,IP Address,Progress,Duration (in seconds),Finished,Recorded Date,Response ID,Recipient Last Name,Recipient First Name,Recipient Email,External Data Reference,Location Latitude,Location Longitude,Distribution Channel,User Language,How likely are you to recommend Bistro Nova to a friend?,How likely are you to recommend Bistro Nova to a friend?,How likely are you to recommend Bistro Nova to a friend? - Display Order,Please tell us more about your visit.,Please tell us more about your visit. - Sentiment Polarity,How did you hear about us?,How did you hear about us? - Other - Text";
const QUALTRICS_IMPORT_IDS = QUALTRICS_IDS.split(",")
  .map((id) => `"{""ImportId"":""${id}""}"`)
  .join(",");

/**
 * A Qualtrics export: metadata, recipient name and e-mail, NPS with its NPS_GROUP column (codes 1-3),
 * Text iQ's sentiment of the comment, a display-order column and an "Other" text. Rows: 6 finished, one
 * unfinished (Finished False, Progress 40), one previewed by the survey's author, one repeated
 * (the same ResponseId twice).
 */
export const QUALTRICS = [
  QUALTRICS_IDS,
  QUALTRICS_TEXTS,
  QUALTRICS_IMPORT_IDS,
  `2026-03-01 19:00:00,2026-03-01 19:04:00,IP Address,198.51.100.23,100,240,True,2026-03-01 19:04:01,R_1aBcDeFgHiJkLmN,García,Maria,maria.garcia@example.es,CUST-0001,40.4168,-3.7038,anonymous,EN,9,3,1|2,Quick and friendly service,2,Friend,`,
  `2026-03-02 19:00:00,2026-03-02 19:05:00,IP Address,198.51.100.24,100,300,True,2026-03-02 19:05:01,R_2aBcDeFgHiJkLmN,Doherty,John,john.d@example.co.uk,CUST-0002,40.4168,-3.7038,anonymous,EN,2,1,2|1,The bill took forty minutes,-2,Other,my neighbour Kim Lee`,
  `2026-03-03 19:00:00,2026-03-03 19:03:00,IP Address,198.51.100.25,100,180,True,2026-03-03 19:03:01,R_3aBcDeFgHiJkLmN,Vogel,Lena,lena@vogel.consulting,CUST-0003,40.4168,-3.7038,anonymous,EN,10,3,1|2,Loved the food,2,Web,`,
  `2026-03-04 19:00:00,2026-03-04 19:06:00,IP Address,198.51.100.26,100,360,True,2026-03-04 19:06:01,R_4aBcDeFgHiJkLmN,Quinn,Pat,pat.quinn@example.org,CUST-0004,40.4168,-3.7038,anonymous,EN,7,2,2|1,Fine but slow,0,Friend,`,
  `2026-03-05 19:00:00,2026-03-05 19:02:00,IP Address,198.51.100.27,100,120,True,2026-03-05 19:02:01,R_5aBcDeFgHiJkLmN,Okafor,Sam,sam@okafor.example,CUST-0005,40.4168,-3.7038,anonymous,EN,3,1,1|2,Cold food and a rude waiter,-2,Web,`,
  `2026-03-06 19:00:00,2026-03-06 19:04:00,IP Address,198.51.100.28,100,240,True,2026-03-06 19:04:01,R_6aBcDeFgHiJkLmN,Lee,Kim,kim@lee.example,CUST-0006,40.4168,-3.7038,anonymous,EN,8,2,2|1,Good value,1,Friend,`,
  `2026-03-06 20:00:00,2026-03-06 20:01:00,IP Address,198.51.100.29,40,60,False,2026-03-07 20:01:01,R_7aBcDeFgHiJkLmN,Brandt,Jo,jo@brandt.example,CUST-0007,40.4168,-3.7038,anonymous,EN,0,1,1|2,,,,`,
  `2026-03-07 09:00:00,2026-03-07 09:01:00,Survey Preview,,100,60,True,2026-03-07 09:01:01,R_8aBcDeFgHiJkLmN,,,,,,,preview,EN,0,1,1|2,test test,,,`,
  `2026-03-02 19:00:00,2026-03-02 19:05:00,IP Address,198.51.100.24,100,300,True,2026-03-02 19:05:01,R_2aBcDeFgHiJkLmN,Doherty,John,john.d@example.co.uk,CUST-0002,40.4168,-3.7038,anonymous,EN,2,1,2|1,The bill took forty minutes,-2,Other,my neighbour Kim Lee`,
].join("\n");
