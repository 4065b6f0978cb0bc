<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot reach the operator. Check the Internet connection and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operator did not answer in time. Try again a little later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operator's identity could not be verified: the secure connection was refused (%1). Nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operator sent an answer the program cannot understand. Try again later; if it repeats, tell the operator's support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ordering is not available while invoices are being formed (from the 1st to the 3rd of each month). It opens again on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ordering is not available while invoices are being formed (from the 1st to the 3rd of each month).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This document or action belongs to another account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operator has no such item. It may have been removed; refresh the page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The download link has expired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An invoice for this period cannot be ordered. Available periods: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An invoice for this period cannot be ordered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The e-mail address is not valid. Check it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The phone number is not valid. Enter it as +7XXXXXXXXXX.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many requests. Try again in %1 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many requests. Try again a little later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operator's service is temporarily unavailable. Try again a little later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operator did not accept the data: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operator did not accept the data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data is too large for the operator to accept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This order was already sent with different data. Start the order again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice is already formed and can no longer be cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice is not formed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operator refused the request (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>%n document(s) from the operator&apos;s e-mails filed in the document archive.</source>
        <translation><numerusform>%n document from the operator&apos;s e-mails filed in the document archive.</numerusform><numerusform>%n documents from the operator&apos;s e-mails filed in the document archive.</numerusform></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chosen SIP subscriber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIP subscriber: %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document archive could not be opened: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document archive's database was damaged and has been rebuilt: %1 document(s) recovered from it and %2 from their files. The damaged file was kept as %3.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n document(s) of the archive are missing or altered; they are marked when opened.</source>
        <translation><numerusform>%n document of the archive are missing or altered; they are marked when opened.</numerusform><numerusform>%n documents of the archive are missing or altered; they are marked when opened.</numerusform></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Retry login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline: %1 Only the document archive works until the operator can be reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New invoice in the archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice %1 for %2 was obtained automatically and is in the document archive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new invoice was not obtained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not logged in: only the document archive works. «Exit» returns to the login form.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>Page title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every document the app has obtained, of all your accounts, kept on this computer: it opens without a network, and each file is checked against its checksum when it is opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find by number, period or amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number, period or amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Period from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document facts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a document to see it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in the system viewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No documents match the filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month-end pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File name template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placeholders: {contract} {period} {kind} {number} {account} {organisation} {amount} {subscriber} {obtained}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pac&amp;k as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pack format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the selected documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport selected…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export every document of the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every document of the period chosen above (and of the chosen account), not only the rows shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the p&amp;eriod…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Obtain new invoices automatically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Obtain every new regular invoice &amp;automatically once the operator has formed it (after the 3rd)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview of the document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the document as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the pack as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the folder to create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a ZIP file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown in the file names: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document archive could not be opened, so there is nothing to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(recovered, account unknown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract: %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Obtained: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file of this document is missing from the archive folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This document's file has been altered or damaged: its content no longer matches the SHA-256 recorded when it was obtained. It is not shown or opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No program to open PDF files was found on this computer. Use «Save as…».</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document was not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no documents for %1 – %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exporting %n document(s)…</source>
        <translation><numerusform>Exporting %n document…</numerusform><numerusform>Exporting %n documents…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) exported to %1, with index.csv.</source>
        <translation><numerusform>%n document exported to %1, with index.csv.</numerusform><numerusform>%n documents exported to %1, with index.csv.</numerusform></translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was exported: the content of %1 no longer matches its SHA-256.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The archive has no documents yet: invoices you download, or that are fetched automatically, are kept here.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n document(s) obtained more than once went in once.</source>
        <translation><numerusform>%n document obtained more than once went in once.</numerusform><numerusform>%n documents obtained more than once went in once each.</numerusform></translation>
    </message>
</context>
<context>
    <name>ArchiveTableModel</name>
    <message>
        <source>Invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Obtained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallCentrePage</name>
    <message>
        <source>Page title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call centre numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call me back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your &amp;phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+7 916 123-45-67 or 8 (916) 123-45-67</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;omment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment for the call centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: what the call is about, a convenient time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;quest a call back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request a call back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending the request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working hours: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a Russian phone number. Enter it as +7 916 123-45-67 or 8 (916) 123-45-67.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending the request…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The call centre accepted request %1 on %2 and will call you back at %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallDetailsPage</name>
    <message>
        <source>Page title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;urrent month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Previous month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIP subscribers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;ll SIP subscribers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All SIP subscribers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The c&amp;hosen subscriber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chosen subscriber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chosen subscriber hint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ano&amp;ther subscriber:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another subscriber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIP subscriber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;DF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;SV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call details for the chosen month will be sent to your e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What will be ordered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to &amp;menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order &amp;again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call details for %1 (%2, %3) have been sent to %4.
Order number: %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;urrent month (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Previous month (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The c&amp;hosen subscriber: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No subscriber is chosen in «%1». Choose one there or below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operator has no contact e-mail address for your organisation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call details will be sent to: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>subscriber %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all SIP subscribers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month: %1
Subscribers: %2
Format: %3
E-mail: %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommandLineOptions</name>
    <message>
        <source>SIP Cabinet: invoices of your SIP-telephony operator's personal account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the interface: ru or en (default: the system's).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address of the operator's API, e.g. https://api.operator.example/api/v1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo mode: run the operator's sandbox inside the app and use it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown language "%1": use ru or en.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CurrentChargesPage</name>
    <message numerus="yes">
        <source>%n subscriber(s) saved to %1.</source>
        <translation><numerusform>%n subscriber saved to %1.</numerusform><numerusform>%n subscribers saved to %1.</numerusform></translation>
    </message>
    <message>
        <source>Page title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charges per subscriber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order the charges of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;ll subscribers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All subscribers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the chec&amp;ked subscribers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the checked subscribers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The information on charges will be sent to your e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What will be ordered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to &amp;menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Order by e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order by e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order &amp;again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The charges for %1 (%2) have been sent to %3.
Order number: %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charges for %1 so far, per subscriber:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Total for %n subscriber(s): %1</source>
        <translation><numerusform>Total for %n subscriber: %1</numerusform><numerusform>Total for %n subscribers: %1</numerusform></translation>
    </message>
    <message>
        <source>The operator has no contact e-mail address for your organisation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The information will be sent to: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>all %n subscriber(s), %1</source>
        <translation><numerusform>all %n subscriber, %1</numerusform><numerusform>all %n subscribers, %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n subscriber(s): %1; %2</source>
        <translation><numerusform>%n subscriber: %1; %2</numerusform><numerusform>%n subscribers: %1; %2</numerusform></translation>
    </message>
    <message>
        <source>Period: %1
Charges of: %2
E-mail: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataSizeText</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n byte</numerusform><numerusform>%n bytes</numerusform></translation>
    </message>
</context>
<context>
    <name>DeliverySettingsPage</name>
    <message>
        <source>Change delivery method/address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry loading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In &amp;person (at the office)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail &amp;address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the delivery settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next regular invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A regular invoice goes to the address in force when it is formed, at the start of the next month. If the delivery address changes several times during a month, the regular invoice for the past billing period is sent to the address in force when it is formed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History of &amp;changes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History of delivery changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In force from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to &amp;menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick-up &amp;address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The next regular invoice (for %1) will be sent by e-mail to: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The next regular invoice (for %1) will be handed over in person at: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the address where the invoices will be collected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved. Invoices will be sent by e-mail to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved. Invoices will be handed over in person at %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoOperator</name>
    <message>
        <source>Cannot create the demo operator's folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo operator could not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo mode: the operator runs inside the app. Log in as «demo» with the password «demo-password» (ООО «Ромашка») or as «demo2» with «demo2-password» (ИП Сидоров).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DescriptionPage</name>
    <message>
        <source>Page title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to &amp;menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to menu</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>Enter an e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An e-mail address cannot contain spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An e-mail address needs an "@" between the name and the domain, e.g. buh@example.ru.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An e-mail address has exactly one "@".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mailbox name before "@" is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mailbox name before "@" may contain only Latin letters, digits and . _ - + characters, with no dot at its start, at its end or twice in a row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The domain after "@" is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The domain after "@" is not valid: check for doubled dots, a dot or hyphen at the edges, or stray characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The domain after "@" needs a zone, e.g. ".ru".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The e-mail address is too long (at most 254 characters).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExitPage</name>
    <message>
        <source>Page title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also &amp;forget the saved password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also forget the saved password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Page title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example: a question about an invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remo&amp;ve file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the attached file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent &amp;messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is %2; the operator accepts attachments of at most %3. Choose a smaller file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is larger than %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No file attached (up to %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending the message…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending was cancelled. Your message is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message was not sent: %1 Your text is kept; send it again when you are ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message “%1” was sent on %2. Its status is in the list below.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FeedbackTableModel</name>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InstallmentScheduleModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InstallmentTableModel</name>
    <message>
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InstallmentsPage</name>
    <message>
        <source>Page title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Installment &amp;plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Installment plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment &amp;schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have no installment plans.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InvoiceDocumentFetch</name>
    <message>
        <source>The operator could not form the invoice. Try ordering it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The downloaded invoice did not match the operator's checksum and was discarded. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice could not be saved on this computer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The download was interrupted. Check the connection and try again; what was already downloaded is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operator keeps refusing the download link. Try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice was downloaded but could not be recorded in the archive: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InvoiceDownloadPage</name>
    <message>
        <source>Download an invoice by link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ordering is closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the invoice &amp;period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice period label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already in the archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the &amp;archived copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the archived copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What will be ordered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order the invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forming the invoice…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forming progress label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forming progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downloading the invoice…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download progress label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose another &amp;period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose another period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the invoice as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the invoice in its folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order &amp;another invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order another invoice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to &amp;menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice for %1 is already in the archive (downloaded %2). You can open it, or order it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operator will form the invoice for communication services for %1. As soon as it is formed, it will be downloaded to this computer, checked and kept in the archive. Forming takes some time; you can cancel it or go to other pages meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The order was cancelled: the operator stopped forming the invoice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending the order for %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forming the invoice for %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The download starts as soon as the invoice is formed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downloading the invoice: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice for %1 (No. %2, %3) is downloaded, checked against the operator's checksum and saved in the archive:
%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice was saved as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice could not be saved as %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InvoiceEmailOrderPage</name>
    <message>
        <source>Page title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the invoice &amp;period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice for the specified period will be sent to your e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What will be ordered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to &amp;menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order &amp;again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — invoice No. %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operator has no invoices for this account yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No e-mail address for invoices is given. Set one in «%1».</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The copy of the invoice will be sent to: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period: %1
Invoice: No. %2, %3
E-mail: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invoice for %1 has been sent to %2.
Order number: %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Page title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Log in to the personal account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remember me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remember me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator &amp;address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logging in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo logins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the login of your personal account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document &amp;archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document archive without logging in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The documents already obtained, kept on this computer: no login and no network needed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SIP Cabinet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log in — SIP Cabinet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — SIP Cabinet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MenuCatalog</name>
    <message>
        <source>Personal information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your organisation's details as the operator keeps them: name, contract, taxpayer number, address, contacts and the e-mail invoices are sent to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The balance of your personal account and the history of your payments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This section holds information about the customer's invoices. Here you can order an invoice to your e-mail address or download an invoice by a link. The service is not available while invoices for communication services are being formed (from the 1st to the 3rd of each month). In this section you can also change the address and/or the delivery method of invoices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order an invoice by e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can order a repeated sending of regular invoices for communication services for the period you are interested in. The invoice is sent to the e-mail address currently given in the Personal account. If the invoice delivery address was changed several times during a month, the Company sends the regular invoice to the address that was given at the time the invoice for the past billing period was formed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download an invoice by link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can order an invoice for communication services (for the 2 previous months). Once the invoice has been formed, you can download it by the corresponding link. Attention! Forming an invoice takes some time, so please wait until the process is complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change delivery method/address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In this section you can change the delivery method of invoices, choosing the one most convenient for you (e-mail, in person).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call details by e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can order call details for the current and the previous month. Call details can be ordered to the customer's e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charges for the current period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can order information about the charges of the current month per subscriber. The information will be sent to the customer's e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Installment information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your installment plans: the device, the total, what is paid and what remains, and the schedule of payments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a SIP subscriber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SIP subscribers of your account. The chosen subscriber is used by the functions that work per subscriber, such as call details and charges.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write to the operator and follow the status of the messages you have sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile call centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operator's phone numbers and working hours, and a request for a call back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish working with the personal account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every invoice and document the app has obtained, of all your accounts, kept on this computer: search by number, period or amount, preview, open or save a copy, and export the month's documents to a folder or a ZIP file for the accountant. Works without a network.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MonthEndPack</name>
    <message>
        <source>There are no documents to export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ZIP file could not be created (error %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ZIP file could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 already exists; choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 could not be written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OperatorDataLoader</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading from the operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load the data from the operator again (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Press “Refresh” to try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OperatorUrlPolicy</name>
    <message>
        <source>The operator address "%1" is not a valid web address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operator address "%1" must use a secure connection (https://).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The operator address "%1" must start with https://.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrderingClosedBanner</name>
    <message>
        <source>Ordering is closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ordering is not available while invoices for communication services are being formed (from the 1st to the 3rd of each month). It opens again on %1 at %2 (your time).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaymentTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bank card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Page title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show payments for the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The start of the period is after its end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A negative balance is a debt to the operator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No payments in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>payments_%1_%2.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n payment(s) saved to %1.</source>
        <translation><numerusform>%n payment saved to %1.</numerusform><numerusform>%n payments saved to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>PersonalInfoPage</name>
    <message>
        <source>Page title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Taxpayer number (INN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taxpayer number (INN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal a&amp;ddress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact &amp;e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact &amp;phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Invoice e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery &amp;method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deli&amp;very address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hange delivery method or address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change delivery method or address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collected at the operator's office</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>SIP Cabinet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIP Cabinet is already running; its window was brought to the front.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIP Cabinet is already running for this user. Switch to its window.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no password store (keychain) on this system, so the password cannot be remembered: please enter it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no password store (keychain) on this system, so the password cannot be remembered. You will be asked for it at each start.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SubscriberChargesModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscriber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SubscriberChoicePage</name>
    <message>
        <source>Page title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search subscribers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number or label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIP subscribers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chosen subscriber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the selected subscriber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No subscriber matches “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2) is now the chosen subscriber.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No subscriber is chosen yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chosen: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SubscriberTableModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message numerus="yes">
        <source>The number has %n digit(s), but %1 are needed: enter it in full, %2.</source>
        <translation><numerusform>The number has %n digit, but %1 are needed: enter it in full, %2.</numerusform><numerusform>The number has %n digits, but %1 are needed: enter it in full, %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The number has %n digit(s), but %1 are needed: check it, %2.</source>
        <translation><numerusform>The number has %n digit, but %1 are needed: check it, %2.</numerusform><numerusform>The number has %n digits, but %1 are needed: check it, %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>MailIntakeService</name>
    <message numerus="yes">
        <source>Connected: %n e-mail(s) in the folder.</source>
        <translation><numerusform>Connected: %n e-mail in the folder.</numerusform><numerusform>Connected: %n e-mails in the folder.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The folder can be read: %n e-mail(s) in it.</source>
        <translation><numerusform>The folder can be read: %n e-mail in it.</numerusform><numerusform>The folder can be read: %n e-mails in it.</numerusform></translation>
    </message>
</context>
<context>
    <name>MailPage</name>
    <message numerus="yes">
        <source>Checked at %1: %n new e-mail(s) read, documents filed: %2.</source>
        <translation><numerusform>Checked at %1: %n new e-mail read, documents filed: %2.</numerusform><numerusform>Checked at %1: %n new e-mails read, documents filed: %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>SpendPage</name>
    <message numerus="yes">
        <source>by subscriber: the %n largest and the others</source>
        <translation><numerusform>by subscriber: the largest and the others</numerusform><numerusform>by subscriber: the %n largest and the others</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) saved to %1.</source>
        <translation><numerusform>%n month saved to %1.</numerusform><numerusform>%n months saved to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>SpendAnomalyText</name>
    <message numerus="yes">
        <source>The invoice against the charges seen on %1: %n subscriber(s) differ.</source>
        <translation><numerusform>The invoice against the charges seen on %1: %n subscriber differs.</numerusform><numerusform>The invoice against the charges seen on %1: %n subscribers differ.</numerusform></translation>
    </message>
</context>
<context>
    <name>MonthCloseText</name>
    <message numerus="yes">
        <source>%1 of %n organisation(s) closed for %2.</source>
        <translation><numerusform>%1 of %n organisation closed for %2.</numerusform><numerusform>%1 of %n organisations closed for %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>New invoices: %n organisation(s)</source>
        <translation><numerusform>New invoices: %n organisation</numerusform><numerusform>New invoices: %n organisations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation><numerusform> and %n more</numerusform><numerusform> and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message numerus="yes">
        <source>%n organisation(s), %1 signed in</source>
        <translation><numerusform>%n organisation, %1 signed in</numerusform><numerusform>%n organisations, %1 signed in</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Closing %1: %2 of %n organisation(s) done.</source>
        <translation><numerusform>Closing %1: %2 of %n organisation done.</numerusform><numerusform>Closing %1: %2 of %n organisations done.</numerusform></translation>
    </message>
</context>
</TS>
