<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>AccessLogExportDialog</name>
    <message>
        <source>Export the access log</source>
        <translation>Exportera åtkomstloggen</translation>
    </message>
    <message>
        <source>The access log is never saved as a file on this device. Download it as CSV on a computer: open this address and sign in with your supervisor account.</source>
        <translation>Åtkomstloggen sparas aldrig som fil på enheten. Ladda ner den som CSV på en dator: öppna adressen nedan och logga in med ditt arbetsledarkonto.</translation>
    </message>
    <message>
        <source>Address on the server</source>
        <translation>Adress på servern</translation>
    </message>
    <message>
        <source>No server address yet: sign in under “Menu” first.</source>
        <translation>Ingen serveradress än: logga in under ”Meny” först.</translation>
    </message>
    <message>
        <source>Openings made offline reach the server when the device syncs; the export includes them from then on.</source>
        <translation>Åtkomster utan anslutning når servern när enheten synkar; därefter finns de med i exporten.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>AccessLogPage</name>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Loggkontroll</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportera CSV</translation>
    </message>
    <message>
        <source>Who opened which case or visit, when and on which device. Openings made offline show once that device has synced.</source>
        <translation>Vem som öppnade vilket ärende eller besök, när och på vilken enhet. Åtkomster utan anslutning syns när den enheten har synkat.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alla ärenden</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation>Medarbetare: %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Alla dagar</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message numerus="yes">
        <source>%n opening(s)</source>
        <translation>
            <numerusform>%n åtkomst</numerusform>
            <numerusform>%n åtkomster</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not on the server yet</source>
        <translation>Inte på servern än</translation>
    </message>
    <message>
        <source>No opening matches the filters.</source>
        <translation>Ingen åtkomst matchar filtren.</translation>
    </message>
    <message>
        <source>No openings logged yet. They show here once this device has synced with the server.</source>
        <translation>Inga åtkomster loggade än. De visas här när enheten har synkat med servern.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Barntid</source>
        <translation>Barntid</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Meny</translation>
    </message>
    <message>
        <source>Sync and account</source>
        <translation>Synkning och konto</translation>
    </message>
</context>
<context>
    <name>BConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>BDateField</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Välj datum</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nästa månad</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Inget datum</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Föregående månad</translation>
    </message>
</context>
<context>
    <name>BPickerField</name>
    <message>
        <source>Opens a chooser</source>
        <translation>Öppnar en väljare</translation>
    </message>
</context>
<context>
    <name>BTimeField</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Välj tid</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Timme</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>BarntidBar</name>
    <message>
        <source>Barntid %1</source>
        <translation>Barntid %1</translation>
    </message>
    <message>
        <source>Barntid %1, open the visit</source>
        <translation>Barntid %1, öppna besöket</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
</context>
<context>
    <name>BbicAreas</name>
    <message>
        <source>Health</source>
        <translation>Hälsa</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Emotional and behavioural development</source>
        <translation>Känslo- och beteendemässig utveckling</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitet</translation>
    </message>
    <message>
        <source>Family and social relationships</source>
        <translation>Familj och sociala relationer</translation>
    </message>
    <message>
        <source>Social presentation</source>
        <translation>Socialt uppträdande</translation>
    </message>
    <message>
        <source>Self-care skills</source>
        <translation>Förmåga att klara sig själv</translation>
    </message>
    <message>
        <source>Basic care</source>
        <translation>Grundläggande omsorg</translation>
    </message>
    <message>
        <source>Ensuring safety</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <source>Emotional warmth</source>
        <translation>Känslomässig tillgänglighet</translation>
    </message>
    <message>
        <source>Stimulation</source>
        <translation>Stimulans</translation>
    </message>
    <message>
        <source>Guidance and boundaries</source>
        <translation>Vägledning och gränssättning</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilitet</translation>
    </message>
    <message>
        <source>Family history and functioning</source>
        <translation>Familjens bakgrund och situation</translation>
    </message>
    <message>
        <source>Wider family</source>
        <translation>Familjenätverk</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Ekonomi</translation>
    </message>
    <message>
        <source>Social integration</source>
        <translation>Social integrering</translation>
    </message>
    <message>
        <source>Community resources</source>
        <translation>Lokalsamhällets resurser</translation>
    </message>
    <message>
        <source>The child&apos;s needs</source>
        <translation>Barnets behov</translation>
    </message>
    <message>
        <source>Parenting capacity</source>
        <translation>Föräldrarnas förmåga</translation>
    </message>
    <message>
        <source>Family and environment</source>
        <translation>Familj och miljö</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <source>Book the time</source>
        <translation>Boka tiden</translation>
    </message>
    <message>
        <source>What do you want to talk about?</source>
        <translation>Vad vill du prata om?</translation>
    </message>
    <message>
        <source>%1 of 500 characters</source>
        <translation>%1 av 500 tecken</translation>
    </message>
    <message>
        <source>E-mail for the confirmation (optional)</source>
        <translation>E-post för bekräftelsen (frivilligt)</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Boka</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>A few words, e.g. the holidays</source>
        <translation>Några ord, t.ex. loven</translation>
    </message>
    <message>
        <source>Do not write names or details about the child.</source>
        <translation>Skriv inga namn eller detaljer om barnet.</translation>
    </message>
</context>
<context>
    <name>BookingCard</name>
    <message>
        <source>Evening time</source>
        <translation>Kvällstid</translation>
    </message>
    <message>
        <source>%1 · with %2</source>
        <translation>%1 · med %2</translation>
    </message>
    <message>
        <source>Video link: %1</source>
        <translation>Videolänk: %1</translation>
    </message>
    <message>
        <source>You wrote: “%1”</source>
        <translation>Du skrev: ”%1”</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Anledning: %1</translation>
    </message>
    <message>
        <source>Nearest free times:</source>
        <translation>Närmaste lediga tider:</translation>
    </message>
    <message>
        <source>There are no other free times right now.</source>
        <translation>Det finns inga andra lediga tider just nu.</translation>
    </message>
    <message>
        <source>Remove from calendar</source>
        <translation>Ta bort ur kalendern</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Lägg till i kalendern</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Avboka</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>CancelBookingDialog</name>
    <message>
        <source>Cancel the meeting</source>
        <translation>Ställ in mötet</translation>
    </message>
    <message>
        <source>%1 sees the reason in the app and gets it by e-mail.</source>
        <translation>%1 ser anledningen i appen och får den med e-post.</translation>
    </message>
    <message>
        <source>%1 sees the reason in the app.</source>
        <translation>%1 ser anledningen i appen.</translation>
    </message>
    <message>
        <source>Reason for the family</source>
        <translation>Anledning till familjen</translation>
    </message>
    <message>
        <source>e.g. I am ill. Book another time that suits you.</source>
        <translation>t.ex. Jag är sjuk. Boka gärna en annan tid som passar er.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behåll mötet</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Back to cases</source>
        <translation>Tillbaka till ärenden</translation>
    </message>
    <message>
        <source>Case %1 · born %2</source>
        <translation>Ärende %1 · född %2</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Ärende %1</translation>
    </message>
    <message>
        <source>Protected identity: the name is never shown and no position is stored.</source>
        <translation>Skyddad identitet: namnet visas aldrig och ingen position sparas.</translation>
    </message>
    <message>
        <source>Start home visit</source>
        <translation>Starta hembesök</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>Inga besök ännu.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Journal notes as PDF</source>
        <translation>Journalanteckningar som PDF</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>No cases on this device yet. Sign in under “Menu” and the sync fetches your cases, or create one with “New case”.</source>
        <translation>Inga ärenden på enheten än. Logga in under ”Meny” så hämtar synkningen dina ärenden, eller skapa ett med ”Nytt ärende”.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Sök ärenden</translation>
    </message>
    <message>
        <source>Search by case number or name</source>
        <translation>Sök på ärendenummer eller namn</translation>
    </message>
    <message>
        <source>Case %1, %2</source>
        <translation>Ärende %1, %2</translation>
    </message>
    <message>
        <source>%1 · born %2</source>
        <translation>%1 · född %2</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n besök</numerusform>
            <numerusform>%n besök</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest %1</source>
        <translation>Senaste besök %1</translation>
    </message>
    <message>
        <source>No case matches the search.</source>
        <translation>Inget ärende matchar sökningen.</translation>
    </message>
    <message>
        <source>No cases on this device yet. Create one with “New case”.</source>
        <translation>Inga ärenden på enheten ännu. Skapa ett med ”Nytt ärende”.</translation>
    </message>
    <message>
        <source>Choose a case to see its visits and start a visit.</source>
        <translation>Välj ett ärende för att se dess besök och starta ett besök.</translation>
    </message>
</context>
<context>
    <name>ChildModeDialog</name>
    <message>
        <source>Let the child answer</source>
        <translation>Låt barnet svara</translation>
    </message>
    <message>
        <source>Who answers?</source>
        <translation>Vem svarar?</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>The child sees one question at a time and nothing else of the case. Every answer is saved as it is given. To get the tablet back, press and hold and enter your PIN code.</source>
        <translation>Barnet ser en fråga i taget och inget annat ur ärendet. Varje svar sparas direkt. För att få tillbaka enheten håller du in knappen och anger din PIN-kod.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Lämna över</translation>
    </message>
</context>
<context>
    <name>ChildModePage</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Fråga %1 av %2</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Lämna tillbaka</translation>
    </message>
    <message>
        <source>Hi %1!</source>
        <translation>Hej %1!</translation>
    </message>
    <message>
        <source>Hi!</source>
        <translation>Hej!</translation>
    </message>
    <message>
        <source>Thank you for answering!</source>
        <translation>Tack för att du svarade!</translation>
    </message>
    <message>
        <source>Now give the tablet back to your social worker.</source>
        <translation>Lämna nu tillbaka till din socialsekreterare.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Börja</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>You can go back and change your answers until you are done.</source>
        <translation>Du kan gå tillbaka och ändra dina svar tills du är klar.</translation>
    </message>
    <message>
        <source>Very bad</source>
        <translation>Mycket dåligt</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Dåligt</translation>
    </message>
    <message>
        <source>So-so</source>
        <translation>Sådär</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Mycket bra</translation>
    </message>
    <message>
        <source>You can choose: %1.</source>
        <translation>Du kan välja: %1.</translation>
    </message>
    <message>
        <source>You can write your answer.</source>
        <translation>Du kan skriva ditt svar.</translation>
    </message>
    <message>
        <source>Or: I don&apos;t want to answer.</source>
        <translation>Eller: Vill inte svara.</translation>
    </message>
    <message>
        <source>This is what you said. You can change an answer, or press Done.</source>
        <translation>Det här har du sagt. Du kan ändra ett svar, eller trycka på Klar.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Sluta läsa</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Läs upp</translation>
    </message>
</context>
<context>
    <name>ChildQuestionView</name>
    <message>
        <source>Write here, or ask your social worker to write for you</source>
        <translation>Skriv här, eller be din socialsekreterare skriva åt dig</translation>
    </message>
    <message>
        <source>I don&apos;t want to answer</source>
        <translation>Vill inte svara</translation>
    </message>
</context>
<context>
    <name>ChildSummaryView</name>
    <message>
        <source>Not answered</source>
        <translation>Inte besvarad</translation>
    </message>
    <message>
        <source>You didn&apos;t want to answer</source>
        <translation>Du ville inte svara</translation>
    </message>
    <message>
        <source>This is what you said</source>
        <translation>Det här har du sagt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändra</translation>
    </message>
    <message>
        <source>Change the answer to: %1</source>
        <translation>Ändra svaret på: %1</translation>
    </message>
</context>
<context>
    <name>ChildVoicesPage</name>
    <message>
        <source>Children&apos;s answers</source>
        <translation>Barnens svar</translation>
    </message>
    <message>
        <source>What children answered in child mode, as the number of children per answer. Each child counts once per question and quarter, with their latest answer. A quarter shows when it has ended.</source>
        <translation>Vad barnen har svarat i barnläget, som antal barn per svar. Varje barn räknas en gång per fråga och kvartal, med sitt senaste svar. Ett kvartal visas när det är slut.</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Formulär</translation>
    </message>
    <message>
        <source>Survey: %1</source>
        <translation>Formulär: %1</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Quarter: %1</source>
        <translation>Kvartal: %1</translation>
    </message>
    <message>
        <source>“Not shown”: fewer than %1 children, or a figure from which such a cell could be worked out.</source>
        <translation>”Visas inte”: färre än %1 barn, eller en uppgift som en sådan ruta skulle gå att räkna fram ur.</translation>
    </message>
    <message>
        <source>No figures yet. They come with the sync once children have answered in a quarter that has ended.</source>
        <translation>Inga siffror ännu. De kommer med synkningen när barn har svarat under ett kvartal som är slut.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Typ av kontakt</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Längd i minuter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>What was it about?</source>
        <translation>Vad handlade det om?</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Spara kontakt</translation>
    </message>
    <message>
        <source>e.g. 45</source>
        <translation>t.ex. 45</translation>
    </message>
</context>
<context>
    <name>FosterHomeChildrenCard</name>
    <message>
        <source>Placed children</source>
        <translation>Placerade barn</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No children placed here on this device.</source>
        <translation>Inga barn placerade här på den här enheten.</translation>
    </message>
    <message>
        <source>Place child here</source>
        <translation>Placera barnet här</translation>
    </message>
    <message>
        <source>Case to place here: %1</source>
        <translation>Ärende att placera här: %1</translation>
    </message>
</context>
<context>
    <name>FosterHomeContactsCard</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 min</source>
        <translation>%1 · %2 · %3 min</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Next follow-up %1</source>
        <translation>Nästa uppföljning %1</translation>
    </message>
    <message>
        <source>No contacts logged yet.</source>
        <translation>Inga kontakter registrerade än.</translation>
    </message>
</context>
<context>
    <name>FosterHomePage</name>
    <message>
        <source>Not offered yet</source>
        <translation>Inte erbjuden än</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Erbjuden</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avböjd</translation>
    </message>
    <message>
        <source>Foster home</source>
        <translation>Familjehem</translation>
    </message>
    <message>
        <source>Back to foster homes</source>
        <translation>Tillbaka till familjehemmen</translation>
    </message>
    <message>
        <source>Training offered today</source>
        <translation>Utbildning erbjuden i dag</translation>
    </message>
    <message>
        <source>Training completed today</source>
        <translation>Utbildning genomförd i dag</translation>
    </message>
    <message>
        <source>Foster homes</source>
        <translation>Familjehem</translation>
    </message>
    <message>
        <source>Supervision status: %1</source>
        <translation>Handledning: %1</translation>
    </message>
</context>
<context>
    <name>FosterHomeText</name>
    <message>
        <source>Training completed %1</source>
        <translation>Utbildning genomförd %1</translation>
    </message>
    <message>
        <source>Training offered %1</source>
        <translation>Utbildning erbjuden %1</translation>
    </message>
    <message>
        <source>No training offered yet</source>
        <translation>Ingen utbildning erbjuden än</translation>
    </message>
    <message>
        <source>Supervision offered</source>
        <translation>Handledning erbjuden</translation>
    </message>
    <message>
        <source>Supervision ongoing</source>
        <translation>Handledning pågår</translation>
    </message>
    <message>
        <source>Supervision completed</source>
        <translation>Handledning avslutad</translation>
    </message>
    <message>
        <source>Supervision declined</source>
        <translation>Handledning avböjd</translation>
    </message>
    <message>
        <source>No supervision offered yet</source>
        <translation>Ingen handledning erbjuden än</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonsamtal</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videosamtal</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Handledning</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>No follow-up planned</source>
        <translation>Ingen uppföljning planerad</translation>
    </message>
    <message>
        <source>Follow-up overdue since %1</source>
        <translation>Uppföljningen försenad sedan %1</translation>
    </message>
    <message>
        <source>Next follow-up %1</source>
        <translation>Nästa uppföljning %1</translation>
    </message>
    <message>
        <source>Never visited: visit due now</source>
        <translation>Aldrig besökt: besök behövs nu</translation>
    </message>
    <message>
        <source>Visit overdue since %1</source>
        <translation>Besöket försenat sedan %1</translation>
    </message>
    <message>
        <source>Next visit due by %1</source>
        <translation>Nästa besök: sista dag %1</translation>
    </message>
    <message>
        <source>The date is not valid (YYYY-MM-DD).</source>
        <translation>Datumet är inte giltigt (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>The foster home&apos;s name is missing.</source>
        <translation>Familjehemmets namn saknas.</translation>
    </message>
    <message>
        <source>The foster home&apos;s name is too long.</source>
        <translation>Familjehemmets namn är för långt.</translation>
    </message>
    <message>
        <source>The contact persons are too long.</source>
        <translation>Kontaktpersonerna är för långa.</translation>
    </message>
    <message>
        <source>The phone number is too long.</source>
        <translation>Telefonnumret är för långt.</translation>
    </message>
    <message>
        <source>The phone number may only hold digits, spaces and + ( ) -.</source>
        <translation>Telefonnumret får bara innehålla siffror, mellanslag och + ( ) -.</translation>
    </message>
    <message>
        <source>Training cannot be completed before it was offered.</source>
        <translation>Utbildningen kan inte vara genomförd innan den erbjöds.</translation>
    </message>
    <message>
        <source>The training date is not valid.</source>
        <translation>Utbildningsdatumet är inte giltigt.</translation>
    </message>
    <message>
        <source>Unknown supervision status.</source>
        <translation>Okänd status för handledning.</translation>
    </message>
    <message>
        <source>Choose the kind of contact.</source>
        <translation>Välj typ av kontakt.</translation>
    </message>
    <message>
        <source>The duration must be between 0 and 1440 minutes.</source>
        <translation>Längden måste vara mellan 0 och 1440 minuter.</translation>
    </message>
    <message>
        <source>The follow-up date is not valid (YYYY-MM-DD).</source>
        <translation>Uppföljningsdatumet är inte giltigt (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Texten är för lång.</translation>
    </message>
</context>
<context>
    <name>FosterHomeVisitDialog</name>
    <message>
        <source>New visit</source>
        <translation>Nytt besök</translation>
    </message>
    <message>
        <source>Which child&apos;s case is the visit about?</source>
        <translation>Vilket barns ärende gäller besöket?</translation>
    </message>
    <message>
        <source>No child&apos;s case</source>
        <translation>Inget barns ärende</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Start visit</source>
        <translation>Starta besöket</translation>
    </message>
</context>
<context>
    <name>FosterHomeVisitsCard</name>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nytt besök</translation>
    </message>
    <message>
        <source>New visit at this foster home</source>
        <translation>Nytt besök i det här familjehemmet</translation>
    </message>
    <message>
        <source>No visits at this foster home yet.</source>
        <translation>Inga besök i det här familjehemmet än.</translation>
    </message>
</context>
<context>
    <name>FosterHomesPage</name>
    <message>
        <source>Foster homes</source>
        <translation>Familjehem</translation>
    </message>
    <message>
        <source>New foster home</source>
        <translation>Nytt familjehem</translation>
    </message>
    <message>
        <source>Search foster homes</source>
        <translation>Sök familjehem</translation>
    </message>
    <message>
        <source>Search by name or contact person</source>
        <translation>Sök på namn eller kontaktperson</translation>
    </message>
    <message>
        <source>Foster home %1, %2, %3</source>
        <translation>Familjehem %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) placed</source>
        <translation>
            <numerusform>%n placerat barn</numerusform>
            <numerusform>%n placerade barn</numerusform>
        </translation>
    </message>
    <message>
        <source>No foster home matches the search.</source>
        <translation>Inget familjehem matchar sökningen.</translation>
    </message>
    <message>
        <source>No foster homes on this device yet. Create one with “New foster home”.</source>
        <translation>Inga familjehem på den här enheten än. Skapa ett med ”Nytt familjehem”.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>HandoverCard</name>
    <message>
        <source>Hand over the case</source>
        <translation>Lämna över ärendet</translation>
    </message>
    <message>
        <source>Case %1 goes to the social worker you choose. The case and its records leave %2&apos;s device at their next sync.</source>
        <translation>Ärende %1 går till den socialsekreterare du väljer. Ärendet och dess poster försvinner från %2s enhet vid nästa synkning.</translation>
    </message>
    <message>
        <source>New social worker: %1</source>
        <translation>Ny socialsekreterare: %1</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Lämna över</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Case %1 · %2</source>
        <translation>Ärende %1 · %2</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Ansvarig: %1</translation>
    </message>
    <message>
        <source>handover not sent yet</source>
        <translation>överlämningen är inte skickad än</translation>
    </message>
    <message>
        <source>Hand over to another social worker</source>
        <translation>Lämna över till en annan socialsekreterare</translation>
    </message>
</context>
<context>
    <name>JournalDocument</name>
    <message>
        <source>unknown account</source>
        <translation>okänt konto</translation>
    </message>
    <message>
        <source>No time with the child recorded</source>
        <translation>Ingen barntid registrerad</translation>
    </message>
    <message>
        <source>%1 min (%2)</source>
        <translation>%1 min (%2)</translation>
    </message>
    <message>
        <source>Review: not approved at this version</source>
        <translation>Granskning: inte godkänd i den här versionen</translation>
    </message>
    <message>
        <source>Review: approved %1 by %2</source>
        <translation>Granskning: godkänd %1 av %2</translation>
    </message>
    <message>
        <source>Journal note: %1</source>
        <translation>Journalanteckning: %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, född %2</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>%1 (Swedish time)</source>
        <translation>%1 (svensk tid)</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Typ av besök</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Time with the child</source>
        <translation>Barntid</translation>
    </message>
    <message>
        <source>BBIC areas</source>
        <translation>BBIC-områden</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Inga valda</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signerad</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation>Inget antecknat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>The child&apos;s own words</source>
        <translation>Barnets egna ord</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Tillägg</translation>
    </message>
    <message>
        <source>Amendment %1 by %2:</source>
        <translation>Tillägg %1 av %2:</translation>
    </message>
    <message>
        <source>Barntid record %1, version %2, SHA-256 %3</source>
        <translation>Barntid-post %1, version %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>Journal notes of case %1</source>
        <translation>Journalanteckningar i ärende %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
</context>
<context>
    <name>JournalRow</name>
    <message>
        <source>Share to the journal</source>
        <translation>Dela till journalen</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Hämtar…</translation>
    </message>
    <message>
        <source>Opens the PDF from the server; nothing is saved in Barntid</source>
        <translation>Öppnar PDF:en från servern; inget sparas i Barntid</translation>
    </message>
</context>
<context>
    <name>KeyDestroyedPage</name>
    <message>
        <source>The key has been destroyed</source>
        <translation>Nyckeln har förstörts</translation>
    </message>
    <message numerus="yes">
        <source>The PIN code was entered wrongly %n times, so the key to the information on this tablet was destroyed to protect it.</source>
        <translation>
            <numerusform>PIN-koden angavs fel %n gång, så nyckeln till uppgifterna på den här enheten har förstörts för att skydda dem.</numerusform>
            <numerusform>PIN-koden angavs fel %n gånger, så nyckeln till uppgifterna på den här enheten har förstörts för att skydda dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was stored on the tablet can no longer be opened by anyone. Work that had been synced is safe on the server.</source>
        <translation>Det som fanns sparat på enheten kan inte längre öppnas av någon. Arbete som hade synkats finns kvar på servern.</translation>
    </message>
    <message>
        <source>Start over to choose a new PIN code. Synced work can then be fetched from the server again.</source>
        <translation>Börja om och välj en ny PIN-kod. Det synkade arbetet kan sedan hämtas från servern igen.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Börja om</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Barntid</source>
        <translation>Barntid</translation>
    </message>
</context>
<context>
    <name>MeetingText</name>
    <message>
        <source>Evening time</source>
        <translation>Kvällstid</translation>
    </message>
    <message>
        <source>Video meeting</source>
        <translation>Videomöte</translation>
    </message>
    <message>
        <source>Place not given</source>
        <translation>Plats inte angiven</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Inte skickad än</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekräftad</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>Väntar på bekräftelse</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Förfrågan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <source>The time is no longer free</source>
        <translation>Tiden är inte längre ledig</translation>
    </message>
    <message>
        <source>The time has already begun</source>
        <translation>Tiden har redan börjat</translation>
    </message>
    <message>
        <source>It is too late to cancel in the app. Call your social worker.</source>
        <translation>Det är för sent att avboka i appen. Ring din socialsekreterare.</translation>
    </message>
    <message>
        <source>The time overlaps another of your meeting times.</source>
        <translation>Tiden krockar med en annan av dina mötestider.</translation>
    </message>
    <message>
        <source>The time is booked. Cancel the booking first.</source>
        <translation>Tiden är bokad. Ställ in mötet först.</translation>
    </message>
    <message>
        <source>This is not yours to change.</source>
        <translation>Det här kan du inte ändra.</translation>
    </message>
    <message>
        <source>The server did not accept the change.</source>
        <translation>Servern tog inte emot ändringen.</translation>
    </message>
    <message>
        <source>The time has already passed. Choose a later time.</source>
        <translation>Tiden har redan passerat. Välj en senare tid.</translation>
    </message>
    <message>
        <source>Write briefly what you want to talk about.</source>
        <translation>Skriv kort vad du vill prata om.</translation>
    </message>
    <message>
        <source>The text is too long: at most 500 characters.</source>
        <translation>Texten är för lång: högst 500 tecken.</translation>
    </message>
    <message>
        <source>The e-mail address does not look right.</source>
        <translation>E-postadressen ser inte rätt ut.</translation>
    </message>
    <message>
        <source>Write a reason for the family.</source>
        <translation>Skriv en anledning till familjen.</translation>
    </message>
    <message>
        <source>Sign in to the server before publishing times.</source>
        <translation>Logga in på servern innan du publicerar tider.</translation>
    </message>
    <message>
        <source>Give a place, or choose video meeting.</source>
        <translation>Ange en plats eller välj videomöte.</translation>
    </message>
    <message>
        <source>The video link must start with https://.</source>
        <translation>Videolänken måste börja med https://.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Sluttiden måste vara efter starttiden.</translation>
    </message>
    <message>
        <source>Choose a day and a start time.</source>
        <translation>Välj en dag och en starttid.</translation>
    </message>
    <message>
        <source>The meeting length does not fit in the time chosen.</source>
        <translation>Mötets längd ryms inte i den valda tiden.</translation>
    </message>
    <message>
        <source>The buffer can be at most 120 minutes.</source>
        <translation>Bufferten kan vara högst 120 minuter.</translation>
    </message>
    <message>
        <source>A series runs for 1 to 26 weeks.</source>
        <translation>En serie gäller 1 till 26 veckor.</translation>
    </message>
    <message>
        <source>A cancelled booking stays cancelled.</source>
        <translation>En inställd bokning förblir inställd.</translation>
    </message>
    <message>
        <source>You can cancel here until %1 at %2.</source>
        <translation>Du kan avboka här fram till %1 kl. %2.</translation>
    </message>
    <message>
        <source>The calendar file could not be made yet. Try again when the booking has been sent.</source>
        <translation>Kalenderfilen kan inte skapas än. Försök igen när bokningen har skickats.</translation>
    </message>
    <message>
        <source>Cancelled by you</source>
        <translation>Avbokad av dig</translation>
    </message>
    <message>
        <source>Called off</source>
        <translation>Inställt</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>The calendar file could not be opened on this device.</source>
        <translation>Kalenderfilen kunde inte öppnas på den här enheten.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Socialtjänsten</translation>
    </message>
    <message>
        <source>Cancel the booking?</source>
        <translation>Avboka tiden?</translation>
    </message>
    <message>
        <source>The time becomes free for others. You can book a new time afterwards.</source>
        <translation>Tiden blir ledig för andra. Du kan boka en ny tid efteråt.</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Avboka</translation>
    </message>
    <message>
        <source>Your meetings</source>
        <translation>Dina möten</translation>
    </message>
    <message>
        <source>You have no booked meetings. Choose a free time below.</source>
        <translation>Du har inga bokade möten. Välj en ledig tid nedan.</translation>
    </message>
    <message>
        <source>Book a meeting</source>
        <translation>Boka ett möte</translation>
    </message>
    <message>
        <source>Evening times are outside office hours, for those who work or go to school in the day.</source>
        <translation>Kvällstider ligger utanför kontorstid, för er som arbetar eller går i skolan på dagen.</translation>
    </message>
    <message>
        <source>There are no free times right now. Your social worker publishes new ones; look again later.</source>
        <translation>Det finns inga lediga tider just nu. Din socialsekreterare lägger ut nya; titta igen senare.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Child&apos;s first name and initial</source>
        <translation>Barnets förnamn och initial</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <source>Protected identity (the name is never shown)</source>
        <translation>Skyddad identitet (namnet visas aldrig)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Skapa ärende</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Frivilligt</translation>
    </message>
    <message>
        <source>e.g. 2026-0142</source>
        <translation>t.ex. 2026-0142</translation>
    </message>
    <message>
        <source>e.g. Alva K.</source>
        <translation>t.ex. Alva K.</translation>
    </message>
</context>
<context>
    <name>NewFosterHomeDialog</name>
    <message>
        <source>New foster home</source>
        <translation>Nytt familjehem</translation>
    </message>
    <message>
        <source>Name of the foster home</source>
        <translation>Familjehemmets namn</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Create foster home</source>
        <translation>Skapa familjehem</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Frivilligt</translation>
    </message>
    <message>
        <source>e.g. Familjen Berg</source>
        <translation>t.ex. Familjen Berg</translation>
    </message>
</context>
<context>
    <name>OpenTimeRow</name>
    <message>
        <source>Book</source>
        <translation>Boka</translation>
    </message>
    <message>
        <source>Evening time</source>
        <translation>Kvällstid</translation>
    </message>
    <message>
        <source>%1 · with %2</source>
        <translation>%1 · med %2</translation>
    </message>
</context>
<context>
    <name>PinSetupPage</name>
    <message>
        <source>Choose a PIN code</source>
        <translation>Välj en PIN-kod</translation>
    </message>
    <message>
        <source>The PIN code protects the information on this tablet: without it, nobody can open it.</source>
        <translation>PIN-koden skyddar uppgifterna på den här enheten: utan den kan ingen öppna dem.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n digits, not a code you use elsewhere.</source>
        <translation>
            <numerusform>Använd minst %n siffra, inte en kod som du använder någon annanstans.</numerusform>
            <numerusform>Använd minst %n siffror, inte en kod som du använder någon annanstans.</numerusform>
        </translation>
    </message>
    <message>
        <source>New PIN code</source>
        <translation>Ny PIN-kod</translation>
    </message>
    <message>
        <source>Repeat the PIN code</source>
        <translation>Upprepa PIN-koden</translation>
    </message>
    <message>
        <source>Setting up the encrypted storage…</source>
        <translation>Förbereder den krypterade lagringen…</translation>
    </message>
    <message>
        <source>Save PIN code</source>
        <translation>Spara PIN-kod</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>Changed on the server too, after this device last synced. Both versions are kept: look at the server&apos;s version and choose which one stays.</source>
        <translation>Ändrad på servern också, efter den här enhetens senaste synkning. Båda versionerna finns kvar: titta på serverns version och välj vilken som ska gälla.</translation>
    </message>
    <message>
        <source>The server did not take the change: the case has been moved to another social worker, or you no longer have access to it. Your version is kept on this device; open it and pass the content on to the case&apos;s social worker.</source>
        <translation>Servern tog inte emot ändringen: ärendet har flyttats till en annan handläggare, eller så har du inte längre behörighet till det. Din version finns kvar på den här enheten; öppna den och lämna över innehållet till ärendets handläggare.</translation>
    </message>
    <message>
        <source>The server did not take the change: the record is signed or approved there and can no longer be changed. Open it and add an amendment instead.</source>
        <translation>Servern tog inte emot ändringen: uppgiften är signerad eller godkänd där och kan inte längre ändras. Öppna den och skriv ett tillägg i stället.</translation>
    </message>
    <message>
        <source>The server did not take the change: something is missing or wrong in it. Open it and check the fields.</source>
        <translation>Servern tog inte emot ändringen: något saknas eller är fel. Öppna den och kontrollera fälten.</translation>
    </message>
    <message>
        <source>The server did not take the change: the record was removed there.</source>
        <translation>Servern tog inte emot ändringen: uppgiften har tagits bort där.</translation>
    </message>
    <message>
        <source>The server did not take the change: the time is no longer free.</source>
        <translation>Servern tog inte emot ändringen: tiden är inte längre ledig.</translation>
    </message>
    <message>
        <source>The server did not take the change. Your version is kept on this device.</source>
        <translation>Servern tog inte emot ändringen. Din version finns kvar på den här enheten.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Började</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Slutade</translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation>Vilka som var med</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>The child&apos;s own words</source>
        <translation>Barnets egna ord</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>The child alone</source>
        <translation>Barnet ensamt</translation>
    </message>
    <message>
        <source>The child with the foster parents</source>
        <translation>Barnet med familjehemsföräldrarna</translation>
    </message>
    <message>
        <source>The child with parents or other adults</source>
        <translation>Barnet med föräldrar eller andra vuxna</translation>
    </message>
    <message>
        <source>The child was not present</source>
        <translation>Barnet var inte med</translation>
    </message>
    <message>
        <source>&quot;Keep mine&quot; is not offered: the server&apos;s version is signed and can no longer be changed. Take the server&apos;s version and add an amendment.</source>
        <translation>”Behåll min” finns inte här: serverns version är signerad och kan inte längre ändras. Ta serverns version och skriv ett tillägg.</translation>
    </message>
    <message>
        <source>&quot;Keep mine&quot; is not offered: a supervisor has approved the server&apos;s version, so it can no longer be changed.</source>
        <translation>”Behåll min” finns inte här: en arbetsledare har godkänt serverns version, så den kan inte längre ändras.</translation>
    </message>
    <message>
        <source>&quot;Keep mine&quot; is not offered: the server&apos;s version can no longer be changed.</source>
        <translation>”Behåll min” finns inte här: serverns version kan inte längre ändras.</translation>
    </message>
    <message>
        <source>This change is being sent right now. Try again when the sync has finished.</source>
        <translation>Ändringen skickas just nu. Försök igen när synkningen är klar.</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>Konflikten är redan löst.</translation>
    </message>
    <message>
        <source>The record is no longer on this device.</source>
        <translation>Uppgiften finns inte längre på den här enheten.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Stäng påminnelsen</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <source>Video meeting</source>
        <translation>Videomöte</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>%1 soon, at %2</source>
        <translation>%1 snart, kl. %2</translation>
    </message>
    <message>
        <source>%1 in one hour, at %2</source>
        <translation>%1 om en timme, kl. %2</translation>
    </message>
    <message>
        <source>%1 tomorrow at %2</source>
        <translation>%1 i morgon kl. %2</translation>
    </message>
    <message>
        <source>%1 today at %2</source>
        <translation>%1 i dag kl. %2</translation>
    </message>
</context>
<context>
    <name>ReviewEntryPage</name>
    <message>
        <source>Approve?</source>
        <translation>Godkänna?</translation>
    </message>
    <message>
        <source>Version %1 is approved and locked: nobody can change it any more. A later correction is an amendment, which comes back to you for review.</source>
        <translation>Version %1 godkänns och låses: ingen kan ändra den längre. En senare rättelse blir ett tillägg, som kommer tillbaka till dig för granskning.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <source>Return to the social worker</source>
        <translation>Skicka tillbaka till socialsekreteraren</translation>
    </message>
    <message>
        <source>Write what should be corrected or added. The social worker sees it on the entry after their next sync and answers with an amendment.</source>
        <translation>Skriv vad som ska rättas eller läggas till. Socialsekreteraren ser det på posten efter nästa synkning och svarar med ett tillägg.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Skicka tillbaka</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granska</translation>
    </message>
    <message>
        <source>Back to the review queue</source>
        <translation>Tillbaka till granskningskön</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>This entry is not on this device. Sync to fetch the team&apos;s entries.</source>
        <translation>Posten finns inte på den här enheten. Synka för att hämta teamets poster.</translation>
    </message>
    <message>
        <source>When returned and now</source>
        <translation>När den skickades tillbaka och nu</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Då: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Tillägg</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nytt</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Return with comment</source>
        <translation>Skicka tillbaka med kommentar</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <source>To review</source>
        <translation>Att granska</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Återförvisade</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkända</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla slag</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Tidsposter</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granska</translation>
    </message>
    <message>
        <source>Nothing waits for your review.</source>
        <translation>Inget väntar på din granskning.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries wait for your review.</source>
        <translation>
            <numerusform>%n post väntar på din granskning.</numerusform>
            <numerusform>%n poster väntar på din granskning.</numerusform>
        </translation>
    </message>
    <message>
        <source>Social worker: %1</source>
        <translation>Socialsekreterare: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Slag: %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>No entries match. The team&apos;s entries arrive when you sync.</source>
        <translation>Inga poster matchar. Teamets poster kommer när du synkar.</translation>
    </message>
    <message numerus="yes">
        <source>%n amendments</source>
        <translation>
            <numerusform>%n tillägg</numerusform>
            <numerusform>%n tillägg</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewStatusCard</name>
    <message>
        <source>“%1” (%2)</source>
        <translation>”%1” (%2)</translation>
    </message>
    <message>
        <source>Answer with an amendment below: the visit goes back to your supervisor for review.</source>
        <translation>Svara med ett tillägg nedan: besöket går tillbaka till din arbetsledare för granskning.</translation>
    </message>
    <message>
        <source>Correct the entry: the change goes back to your supervisor for review.</source>
        <translation>Rätta posten: ändringen går tillbaka till din arbetsledare för granskning.</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Tid: %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Returned, answered</source>
        <translation>Återförvisad, besvarad</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Återförvisad</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Att granska</translation>
    </message>
    <message>
        <source>To review again: answered after the return</source>
        <translation>Granska igen: besvarad efter återförvisningen</translation>
    </message>
    <message>
        <source>To review again: amended after approval</source>
        <translation>Granska igen: tillägg efter godkännandet</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>inte skickad än</translation>
    </message>
    <message>
        <source>Approved by your supervisor</source>
        <translation>Godkänd av din arbetsledare</translation>
    </message>
    <message>
        <source>Returned to you: your answer waits for review</source>
        <translation>Skickad tillbaka till dig: ditt svar väntar på granskning</translation>
    </message>
    <message>
        <source>Returned to you by your supervisor</source>
        <translation>Skickad tillbaka till dig av din arbetsledare</translation>
    </message>
    <message>
        <source>Waits for review again</source>
        <translation>Väntar på granskning igen</translation>
    </message>
    <message>
        <source>Your decision did not go through: the entry changed after you read it. Read the new version and decide again.</source>
        <translation>Ditt beslut gick inte igenom: posten ändrades efter att du läste den. Läs den nya versionen och besluta igen.</translation>
    </message>
    <message>
        <source>Your decision did not go through: another supervisor or another of your devices had already decided on this version. Their decision stands.</source>
        <translation>Ditt beslut gick inte igenom: en annan arbetsledare eller en annan av dina enheter hade redan beslutat om den här versionen. Det beslutet gäller.</translation>
    </message>
    <message>
        <source>Your decision did not go through: the entry is not your team&apos;s, or it is your own.</source>
        <translation>Ditt beslut gick inte igenom: posten är inte ditt teams, eller så är den din egen.</translation>
    </message>
    <message>
        <source>Your decision did not go through. Open the entry and decide again.</source>
        <translation>Ditt beslut gick inte igenom. Öppna posten och besluta igen.</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>Okänd användare</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Withdraw the time?</source>
        <translation>Ta bort tiden?</translation>
    </message>
    <message>
        <source>Families can no longer book it.</source>
        <translation>Familjerna kan inte längre boka den.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>Ny serie</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>Ny tid</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Föregående vecka</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nästa vecka</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) from families wait for your answer.</source>
        <translation>
            <numerusform>%n förfrågan från en familj väntar på ditt svar.</numerusform>
            <numerusform>%n förfrågningar från familjer väntar på ditt svar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting times this week.</source>
        <translation>Inga mötestider den här veckan.</translation>
    </message>
    <message>
        <source>Meeting times</source>
        <translation>Mötestider</translation>
    </message>
</context>
<context>
    <name>ScheduleRow</name>
    <message>
        <source>Evening time</source>
        <translation>Kvällstid</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: ”%2”</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bekräfta</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Ställ in</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>New series of meeting times</source>
        <translation>Ny serie mötestider</translation>
    </message>
    <message>
        <source>First day (the series repeats on this weekday)</source>
        <translation>Första dagen (serien upprepas på denna veckodag)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Meeting (minutes)</source>
        <translation>Möte (minuter)</translation>
    </message>
    <message>
        <source>Meeting length in minutes</source>
        <translation>Mötets längd i minuter</translation>
    </message>
    <message>
        <source>Buffer (minutes)</source>
        <translation>Buffert (minuter)</translation>
    </message>
    <message>
        <source>Buffer between meetings in minutes</source>
        <translation>Buffert mellan mötena i minuter</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Veckor</translation>
    </message>
    <message>
        <source>Number of weeks</source>
        <translation>Antal veckor</translation>
    </message>
    <message>
        <source>Video meeting</source>
        <translation>Videomöte</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>e.g. Socialkontoret, Storgatan 1</source>
        <translation>t.ex. Socialkontoret, Storgatan 1</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Videolänk</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting time(s) will be published.</source>
        <translation>
            <numerusform>%n mötestid publiceras.</numerusform>
            <numerusform>%n mötestider publiceras.</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting fits in the time chosen.</source>
        <translation>Inget möte ryms i den valda tiden.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message numerus="yes">
        <source>Wrong PIN code. %n tries left.</source>
        <translation>
            <numerusform>Fel PIN-kod. %n försök kvar.</numerusform>
            <numerusform>Fel PIN-kod. %n försök kvar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n seconds before trying again.</source>
        <translation>
            <numerusform>Vänta %n sekund innan du försöker igen.</numerusform>
            <numerusform>Vänta %n sekunder innan du försöker igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN code was wrong %n times. The key has been destroyed.</source>
        <translation>
            <numerusform>PIN-koden var fel %n gång. Nyckeln har förstörts.</numerusform>
            <numerusform>PIN-koden var fel %n gånger. Nyckeln har förstörts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a PIN code of at least %n digits, not all the same.</source>
        <translation>
            <numerusform>Välj en PIN-kod med minst %n siffra.</numerusform>
            <numerusform>Välj en PIN-kod med minst %n siffror, inte alla likadana.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database on this device is damaged and cannot be opened.</source>
        <translation>Databasen på enheten är skadad och kan inte öppnas.</translation>
    </message>
    <message>
        <source>The data on this device was saved by a newer version of Barntid. Update the app.</source>
        <translation>Uppgifterna på enheten har sparats av en nyare version av Barntid. Uppdatera appen.</translation>
    </message>
    <message>
        <source>The storage is full. Nothing was saved.</source>
        <translation>Lagringsutrymmet är fullt. Inget sparades.</translation>
    </message>
    <message>
        <source>The data on this device could not be read or written.</source>
        <translation>Uppgifterna på enheten kunde inte läsas eller skrivas.</translation>
    </message>
    <message>
        <source>Barntid is locked. Unlock it with your PIN code.</source>
        <translation>Barntid är låst. Lås upp med din PIN-kod.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again.</source>
        <translation>Något gick fel. Försök igen.</translation>
    </message>
    <message numerus="yes">
        <source>After %1 wrong tries the key is destroyed and %n change(s) not yet synced will be lost.</source>
        <translation>
            <numerusform>Efter %1 felaktiga försök förstörs nyckeln, och %n ändring som inte har synkats går förlorad.</numerusform>
            <numerusform>Efter %1 felaktiga försök förstörs nyckeln, och %n ändringar som inte har synkats går förlorade.</numerusform>
        </translation>
    </message>
    <message>
        <source>After %1 wrong tries the key is destroyed. Everything had been synced when Barntid was locked.</source>
        <translation>Efter %1 felaktiga försök förstörs nyckeln. Allt var synkat när Barntid låstes.</translation>
    </message>
    <message>
        <source>After %1 wrong tries the key is destroyed and anything not yet synced is lost.</source>
        <translation>Efter %1 felaktiga försök förstörs nyckeln och det som inte har synkats går förlorat.</translation>
    </message>
    <message>
        <source>The PIN codes do not match.</source>
        <translation>PIN-koderna är inte lika.</translation>
    </message>
    <message>
        <source>This device&apos;s key storage no longer has the key to Barntid&apos;s data, so it cannot be opened here. No PIN try was used. Contact IT support.</source>
        <translation>Enhetens nyckelförvaring har inte längre nyckeln till Barntids data, så den kan inte öppnas här. Inget PIN-försök förbrukades. Kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>This device&apos;s key storage did not answer. No PIN try was used. Try again.</source>
        <translation>Enhetens nyckelförvaring svarade inte. Inget PIN-försök förbrukades. Försök igen.</translation>
    </message>
    <message>
        <source>The key is protected by your PIN code and also by this device&apos;s key storage.</source>
        <translation>Nyckeln skyddas av din PIN-kod och också av enhetens nyckelförvaring.</translation>
    </message>
    <message>
        <source>The key is protected by your PIN code only: this device has no key storage that Barntid can use.</source>
        <translation>Nyckeln skyddas bara av din PIN-kod. Enheten har ingen nyckelförvaring som Barntid kan använda.</translation>
    </message>
    <message>
        <source>The key is protected by your PIN code. From the next unlock it is also protected by this device&apos;s key storage.</source>
        <translation>Nyckeln skyddas av din PIN-kod. Från nästa upplåsning skyddas den också av enhetens nyckelförvaring.</translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <source>New meeting time</source>
        <translation>Ny mötestid</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Sluttid</translation>
    </message>
    <message>
        <source>Video meeting</source>
        <translation>Videomöte</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>e.g. Socialkontoret, Storgatan 1</source>
        <translation>t.ex. Socialkontoret, Storgatan 1</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Videolänk</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Synced</source>
        <translation>Synkat</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Allt synkat</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Åtgärda</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Behöver åtgärdas</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synkar</translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n ej skickad</numerusform>
            <numerusform>%n ej skickade</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Logga in igen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Inte inloggad</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synk</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync with the server</source>
        <translation>Synka med servern</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sign in again</source>
        <translation>Logga in igen</translation>
    </message>
    <message>
        <source>Sign in to sync</source>
        <translation>Logga in för att synka</translation>
    </message>
    <message>
        <source>Your work is saved on this tablet. Sign in to the municipality&apos;s server to send it there and to get your cases.</source>
        <translation>Ditt arbete sparas på den här enheten. Logga in på kommunens server för att skicka det dit och hämta dina ärenden.</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in has expired. %n change(s) are kept on this tablet and are sent once you have signed in again. Nothing is lost.</source>
        <translation>
            <numerusform>Inloggningen har gått ut. %n ändring finns kvar på den här enheten och skickas när du har loggat in igen. Inget går förlorat.</numerusform>
            <numerusform>Inloggningen har gått ut. %n ändringar finns kvar på den här enheten och skickas när du har loggat in igen. Inget går förlorat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in has expired. Sign in again to keep syncing.</source>
        <translation>Inloggningen har gått ut. Logga in igen för att fortsätta synka.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradress</translation>
    </message>
    <message>
        <source>e.g. https://barntid.kommun.se</source>
        <translation>t.ex. https://barntid.kommun.se</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Signing in …</source>
        <translation>Loggar in …</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Inloggad som %1</translation>
    </message>
    <message>
        <source>Another account signed in: the previous account&apos;s data was removed from this tablet.</source>
        <translation>Ett annat konto har loggat in: det tidigare kontots uppgifter har tagits bort från den här enheten.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not on the server yet</source>
        <translation>
            <numerusform>%n ändring finns inte på servern än</numerusform>
            <numerusform>%n ändringar finns inte på servern än</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Inte synkat än</translation>
    </message>
    <message>
        <source>Safe to leave: nothing is kept only on this tablet.</source>
        <translation>Du kan gå: inget finns bara på den här enheten.</translation>
    </message>
    <message>
        <source>Sending now. Stay connected until the receipt is shown.</source>
        <translation>Skickar nu. Håll kvar anslutningen tills kvittot visas.</translation>
    </message>
    <message>
        <source>They are kept on this tablet and are sent as soon as there is a connection.</source>
        <translation>De finns kvar på den här enheten och skickas så snart det finns en anslutning.</translation>
    </message>
    <message>
        <source>Syncing …</source>
        <translation>Synkar …</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synka nu</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Behöver åtgärdas (%1)</translation>
    </message>
    <message>
        <source>The server did not take these changes. Your versions are kept on this tablet.</source>
        <translation>Servern tog inte emot de här ändringarna. Dina versioner finns kvar på den här enheten.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message numerus="yes">
        <source>The server did not accept %n change(s): see below. Nothing is deleted from this tablet.</source>
        <translation>
            <numerusform>Servern tog inte emot %n ändring: se nedan. Inget tas bort från den här enheten.</numerusform>
            <numerusform>Servern tog inte emot %n ändringar: se nedan. Inget tas bort från den här enheten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent stay on the device and are sent once you have signed in again.</source>
        <translation>
            <numerusform>%n ändring som inte har skickats finns kvar på enheten och skickas när du har loggat in igen.</numerusform>
            <numerusform>%n ändringar som inte har skickats finns kvar på enheten och skickas när du har loggat in igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is on the server. To sync again you sign in with your password.</source>
        <translation>Allt finns på servern. För att synka igen loggar du in med ditt lösenord.</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Logga ut?</translation>
    </message>
    <message>
        <source>Take the server&apos;s version?</source>
        <translation>Ta serverns version?</translation>
    </message>
    <message>
        <source>This device&apos;s version of %1 is deleted, and the server&apos;s version takes its place. This cannot be undone.</source>
        <translation>Den här enhetens version av %1 tas bort, och serverns version ersätter den. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Take the server&apos;s version</source>
        <translation>Ta serverns version</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting – no connection</source>
        <translation>
            <numerusform>%n ändring väntar – ingen anslutning</numerusform>
            <numerusform>%n ändringar väntar – ingen anslutning</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncProblemRow</name>
    <message>
        <source>Saved on this device %1</source>
        <translation>Sparad på den här enheten %1</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Den här enheten</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Servern</translation>
    </message>
    <message>
        <source>Fetching the server&apos;s version …</source>
        <translation>Hämtar serverns version …</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Show the server&apos;s version</source>
        <translation>Visa serverns version</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Behåll min</translation>
    </message>
    <message>
        <source>Take the server&apos;s version</source>
        <translation>Ta serverns version</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>No connection to the server. Your changes are saved on this tablet and are sent when the connection is back.</source>
        <translation>Ingen anslutning till servern. Dina ändringar är sparade på den här enheten och skickas när anslutningen är tillbaka.</translation>
    </message>
    <message>
        <source>The server has a problem right now. Your changes are saved here and are sent later.</source>
        <translation>Servern har problem just nu. Dina ändringar är sparade här och skickas senare.</translation>
    </message>
    <message>
        <source>Sign in again to send your changes. Nothing is lost meanwhile.</source>
        <translation>Logga in igen för att skicka dina ändringar. Inget går förlorat under tiden.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Fel användarnamn eller lösenord.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a while and try again.</source>
        <translation>För många försök. Vänta en stund och försök igen.</translation>
    </message>
    <message>
        <source>This tablet has been wiped by the administrator.</source>
        <translation>Den här enheten har rensats av administratören.</translation>
    </message>
    <message>
        <source>This tablet holds unsent work of another account. That account must sign in and send it first.</source>
        <translation>Den här enheten har arbete från ett annat konto som inte har skickats. Det kontot måste logga in och skicka det först.</translation>
    </message>
    <message>
        <source>The server has given this tablet&apos;s registration to another account. Your unsent changes are kept here; contact IT support.</source>
        <translation>Servern har gett den här enhetens registrering till ett annat konto. Dina ändringar som inte har skickats finns kvar här; kontakta IT-supporten.</translation>
    </message>
    <message>
        <source>IT has blocked this tablet. Your unsent changes stay here; contact IT support to unblock it.</source>
        <translation>IT har spärrat den här enheten. Dina ändringar som inte har skickats finns kvar här; kontakta IT-supporten för att öppna den igen.</translation>
    </message>
    <message>
        <source>This account has nothing to sync on a tablet.</source>
        <translation>Det här kontot har inget att synka på en enhet.</translation>
    </message>
    <message>
        <source>The tablet could not save what came from the server (is the storage full?). Nothing was lost; the sync tries again later.</source>
        <translation>Enheten kunde inte spara det som kom från servern (är lagringsutrymmet fullt?). Inget har gått förlorat; synkningen försöker igen senare.</translation>
    </message>
    <message>
        <source>The sync failed and is tried again later. Your changes are kept.</source>
        <translation>Synkningen misslyckades och görs om senare. Dina ändringar finns kvar.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Tillägg</translation>
    </message>
    <message>
        <source>Child time</source>
        <translation>Barntid</translation>
    </message>
    <message>
        <source>Foster-home contact</source>
        <translation>Familjehemskontakt</translation>
    </message>
    <message>
        <source>Time entry</source>
        <translation>Tidsregistrering</translation>
    </message>
    <message>
        <source>Foster home</source>
        <translation>Familjehem</translation>
    </message>
    <message>
        <source>Bookable time</source>
        <translation>Bokningsbar tid</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Bokning</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Everything is on the server (%1)</source>
        <translation>Allt finns på servern (%1)</translation>
    </message>
    <message numerus="yes">
        <source>All %n changes are on the server (%1)</source>
        <translation>
            <numerusform>%n ändring finns på servern (%1)</numerusform>
            <numerusform>Alla %n ändringar finns på servern (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1, received %2 …</source>
        <translation>Skickat %1, hämtat %2 …</translation>
    </message>
    <message>
        <source>Never synced on this tablet</source>
        <translation>Aldrig synkat på den här enheten</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Senast synkat %1</translation>
    </message>
    <message>
        <source>The server has no version of this record that you may see: it was removed, or the case has been moved to another social worker.</source>
        <translation>Servern har ingen version av uppgiften som du får se: den har tagits bort, eller så har ärendet flyttats till en annan handläggare.</translation>
    </message>
    <message>
        <source>No connection to the server. Try again when the connection is back.</source>
        <translation>Ingen anslutning till servern. Försök igen när anslutningen är tillbaka.</translation>
    </message>
    <message>
        <source>Sign in again to see the server&apos;s version.</source>
        <translation>Logga in igen för att se serverns version.</translation>
    </message>
    <message>
        <source>Child&apos;s answers</source>
        <translation>Barnets svar</translation>
    </message>
</context>
<context>
    <name>TeamAttentionCard</name>
    <message>
        <source>To follow up</source>
        <translation>Att följa upp</translation>
    </message>
    <message>
        <source>Foster children due for a visit (%1)</source>
        <translation>Placerade barn som ska besökas (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Open the case.</source>
        <translation>Öppna ärendet.</translation>
    </message>
    <message>
        <source>No foster child is due for a visit.</source>
        <translation>Inget placerat barn behöver besökas nu.</translation>
    </message>
    <message>
        <source>Foster homes without training or supervision (%1)</source>
        <translation>Familjehem utan utbildning eller handledning (%1)</translation>
    </message>
    <message>
        <source>Every foster home has been offered training and has supervision.</source>
        <translation>Alla familjehem har erbjudits utbildning och har handledning.</translation>
    </message>
    <message>
        <source>Devices not synced for 48 hours (%1)</source>
        <translation>Enheter som inte synkat på 48 timmar (%1)</translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation>Namnlös enhet</translation>
    </message>
    <message>
        <source>Every device of the team has synced in the last 48 hours.</source>
        <translation>Alla teamets enheter har synkat de senaste 48 timmarna.</translation>
    </message>
</context>
<context>
    <name>TeamCasePage</name>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Teamet</translation>
    </message>
    <message>
        <source>Back to the team</source>
        <translation>Tillbaka till teamet</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>No visits on this device.</source>
        <translation>Inga besök på den här enheten.</translation>
    </message>
    <message>
        <source>Journal notes as PDF</source>
        <translation>Journalanteckningar som PDF</translation>
    </message>
</context>
<context>
    <name>TeamCategoriesCard</name>
    <message>
        <source>Time by category</source>
        <translation>Tid per kategori</translation>
    </message>
    <message>
        <source>The whole team. Child time inside a visit counts in both.</source>
        <translation>Hela teamet. Barntid under ett besök räknas i båda.</translation>
    </message>
    <message>
        <source>%1, %2. Show the entries.</source>
        <translation>%1, %2. Visa posterna.</translation>
    </message>
    <message>
        <source>Nothing registered in this period.</source>
        <translation>Inget registrerat under perioden.</translation>
    </message>
</context>
<context>
    <name>TeamDashboardText</name>
    <message>
        <source>w. %1</source>
        <translation>v. %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Hela teamet</translation>
    </message>
    <message>
        <source>Team member %1</source>
        <translation>Medarbetare %1</translation>
    </message>
    <message>
        <source>%1: no registered time.</source>
        <translation>%1: ingen registrerad tid.</translation>
    </message>
    <message>
        <source>%1: barntid %2, %3 with children of %4 registered.</source>
        <translation>%1: barntid %2, %3 barntid av %4 registrerad tid.</translation>
    </message>
    <message>
        <source>%1 nothing registered</source>
        <translation>%1 inget registrerat</translation>
    </message>
    <message>
        <source>The team&apos;s barntid per month</source>
        <translation>Teamets barntid per månad</translation>
    </message>
    <message>
        <source>The team&apos;s barntid per week</source>
        <translation>Teamets barntid per vecka</translation>
    </message>
    <message>
        <source>No training offered</source>
        <translation>Ingen utbildning erbjuden</translation>
    </message>
    <message>
        <source>No supervision</source>
        <translation>Ingen handledning</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Senast synkat %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Aldrig synkat</translation>
    </message>
</context>
<context>
    <name>TeamEntriesPage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Back to the team</source>
        <translation>Tillbaka till teamet</translation>
    </message>
    <message>
        <source>%1 · entries: %2</source>
        <translation>%1 · poster: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing registered in this period.</source>
        <translation>Inget registrerat under perioden.</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Föregående vecka</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Föregående månad</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nästa vecka</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nästa månad</translation>
    </message>
    <message>
        <source>Barntid, the last 8 weeks</source>
        <translation>Barntid, de senaste 8 veckorna</translation>
    </message>
    <message>
        <source>Barntid, the last 6 months</source>
        <translation>Barntid, de senaste 6 månaderna</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Hela teamet</translation>
    </message>
    <message>
        <source>Each worker</source>
        <translation>Varje medarbetare</translation>
    </message>
</context>
<context>
    <name>TeamWorkersCard</name>
    <message>
        <source>Barntid per worker</source>
        <translation>Barntid per medarbetare</translation>
    </message>
    <message>
        <source>Time with children ÷ registered time. Overlapping time counts once.</source>
        <translation>Barntid ÷ registrerad tid. Tid som överlappar räknas en gång.</translation>
    </message>
    <message>
        <source>%1 with children of %2</source>
        <translation>%1 barntid av %2</translation>
    </message>
    <message>
        <source>No registered time</source>
        <translation>Ingen registrerad tid</translation>
    </message>
    <message>
        <source>Show the entries.</source>
        <translation>Visa posterna.</translation>
    </message>
</context>
<context>
    <name>TimeEntryDialog</name>
    <message>
        <source>New time entry</source>
        <translation>Ny tidsregistrering</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Sluttid</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Frivilligt</translation>
    </message>
</context>
<context>
    <name>TodayCard</name>
    <message>
        <source>All cases</source>
        <translation>Alla ärenden</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message numerus="yes">
        <source>%n more drafts not signed: they are in their cases.</source>
        <translation>
            <numerusform>%n utkast till är inte signerat: det finns under sitt ärende.</numerusform>
            <numerusform>%n utkast till är inte signerade: de finns under sina ärenden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>Protected identity</source>
        <translation>Skyddad identitet</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>Foster home visit</source>
        <translation>Besök i familjehem</translation>
    </message>
    <message>
        <source>School visit</source>
        <translation>Skolbesök</translation>
    </message>
    <message>
        <source>Office meeting</source>
        <translation>Möte på kontoret</translation>
    </message>
    <message>
        <source>Video meeting</source>
        <translation>Videomöte</translation>
    </message>
    <message>
        <source>Other visit</source>
        <translation>Annat besök</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signerad</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>På plats</translation>
    </message>
    <message>
        <source>The case number is missing.</source>
        <translation>Ärendenumret saknas.</translation>
    </message>
    <message>
        <source>The case number is too long.</source>
        <translation>Ärendenumret är för långt.</translation>
    </message>
    <message>
        <source>The child&apos;s name is missing.</source>
        <translation>Barnets namn saknas.</translation>
    </message>
    <message>
        <source>The child&apos;s name is too long.</source>
        <translation>Barnets namn är för långt.</translation>
    </message>
    <message>
        <source>The birth year must be between 1980 and 2100.</source>
        <translation>Födelseåret ska vara mellan 1980 och 2100.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Texten är för lång.</translation>
    </message>
    <message>
        <source>Write the amendment first.</source>
        <translation>Skriv tillägget först.</translation>
    </message>
    <message>
        <source>The amendment is too long.</source>
        <translation>Tillägget är för långt.</translation>
    </message>
    <message>
        <source>The app is locked. Unlock it and try again.</source>
        <translation>Appen är låst. Lås upp den och försök igen.</translation>
    </message>
    <message>
        <source>A signed visit cannot be changed. Add an amendment instead.</source>
        <translation>Ett signerat besök kan inte ändras. Lägg till ett tillägg i stället.</translation>
    </message>
    <message>
        <source>The record no longer exists on this device.</source>
        <translation>Uppgiften finns inte längre på enheten.</translation>
    </message>
    <message>
        <source>The device is full. Free some space; nothing typed has been lost yet.</source>
        <translation>Enheten är full. Frigör utrymme – inget du har skrivit har gått förlorat än.</translation>
    </message>
    <message>
        <source>Some information is missing or not valid.</source>
        <translation>Någon uppgift saknas eller är felaktig.</translation>
    </message>
    <message>
        <source>Could not save. Try again; if it keeps failing, contact IT support.</source>
        <translation>Kunde inte spara. Försök igen, och kontakta IT-supporten om felet kvarstår.</translation>
    </message>
    <message>
        <source>The child alone</source>
        <translation>Barnet ensamt</translation>
    </message>
    <message>
        <source>The child with the foster parents</source>
        <translation>Barnet med familjehemsföräldrarna</translation>
    </message>
    <message>
        <source>The child with parents or other adults</source>
        <translation>Barnet med föräldrar eller andra vuxna</translation>
    </message>
    <message>
        <source>The child was not present</source>
        <translation>Barnet var inte närvarande</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte angivet</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Barntid is locked</source>
        <translation>Barntid är låst</translation>
    </message>
    <message>
        <source>Enter your PIN code to open the information on this tablet.</source>
        <translation>Ange din PIN-kod för att öppna uppgifterna på den här enheten.</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>PIN-kod</translation>
    </message>
    <message numerus="yes">
        <source>%n tries left.</source>
        <translation>
            <numerusform>%n försök kvar.</numerusform>
            <numerusform>%n försök kvar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the PIN code…</source>
        <translation>Kontrollerar PIN-koden…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>Press and hold to unlock</source>
        <translation>Håll in för att låsa upp</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Tack!</translation>
    </message>
    <message>
        <source>Give the tablet back to your social worker, who presses and holds the button below.</source>
        <translation>Lämna tillbaka till din socialsekreterare, som håller in knappen här under.</translation>
    </message>
</context>
<context>
    <name>VisitActionBar</name>
    <message>
        <source>Barntid in this visit %1</source>
        <translation>Barntid i besöket %1</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signera</translation>
    </message>
    <message>
        <source>Start barntid</source>
        <translation>Starta barntid</translation>
    </message>
    <message>
        <source>Stop barntid</source>
        <translation>Stoppa barntid</translation>
    </message>
    <message>
        <source>Stop barntid, running %1</source>
        <translation>Stoppa barntid, pågår %1</translation>
    </message>
</context>
<context>
    <name>VisitNotesCard</name>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>What happened during the visit</source>
        <translation>Vad som hände under besöket</translation>
    </message>
    <message>
        <source>The child&apos;s own words</source>
        <translation>Barnets egna ord</translation>
    </message>
    <message>
        <source>What the child said, in the child&apos;s words</source>
        <translation>Vad barnet sa, med barnets egna ord</translation>
    </message>
    <message>
        <source>BBIC areas</source>
        <translation>BBIC-områden</translation>
    </message>
    <message>
        <source>The child&apos;s needs</source>
        <translation>Barnets behov</translation>
    </message>
    <message>
        <source>Parenting capacity</source>
        <translation>Föräldrarnas förmåga</translation>
    </message>
    <message>
        <source>Family and environment</source>
        <translation>Familj och miljö</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Back to the visit</source>
        <translation>Tillbaka till besöket</translation>
    </message>
    <message>
        <source>Not ready to sign</source>
        <translation>Inte klart att signera</translation>
    </message>
    <message>
        <source>Sign anyway</source>
        <translation>Signera ändå</translation>
    </message>
    <message>
        <source>Signing %1.</source>
        <translation>Signeringen %1.</translation>
    </message>
    <message>
        <source>checks you out now</source>
        <translation>checkar ut dig nu</translation>
    </message>
    <message>
        <source>locks the visit: corrections are then added as amendments below it</source>
        <translation>låser besöket: rättelser läggs sedan till som tillägg under det</translation>
    </message>
    <message>
        <source>stops barntid (now %1)</source>
        <translation>stoppar barntid (nu %1)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Sign the visit?</source>
        <translation>Signera besöket?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signera</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>Tillbaka till ärendet</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
    <message>
        <source>Who is present</source>
        <translation>Vem är närvarande</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Checka in</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Checka ut</translation>
    </message>
    <message>
        <source>Checked in %1</source>
        <translation>Incheckad %1</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Inte incheckad</translation>
    </message>
    <message>
        <source>Checked out %1</source>
        <translation>Utcheckad %1</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>School visit</source>
        <translation>Skolbesök</translation>
    </message>
    <message>
        <source>Office meeting</source>
        <translation>Möte på kontoret</translation>
    </message>
    <message>
        <source>Video meeting</source>
        <translation>Videomöte</translation>
    </message>
    <message>
        <source>Other visit</source>
        <translation>Annat besök</translation>
    </message>
    <message>
        <source>Kind of visit: %1</source>
        <translation>Typ av besök: %1</translation>
    </message>
    <message>
        <source>Check in: records the arrival time and, where allowed, the position</source>
        <translation>Checka in: sparar ankomsttiden och, där det är tillåtet, platsen</translation>
    </message>
    <message>
        <source>Check out: records the departure time and, where allowed, the position</source>
        <translation>Checka ut: sparar avresetiden och, där det är tillåtet, platsen</translation>
    </message>
    <message>
        <source>Back to the foster home</source>
        <translation>Tillbaka till familjehemmet</translation>
    </message>
    <message>
        <source>Foster home visit</source>
        <translation>Besök i familjehem</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
</context>
<context>
    <name>VisitRow</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n amendment(s)</source>
        <translation>
            <numerusform>%n tillägg</numerusform>
            <numerusform>%n tillägg</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitSignedCard</name>
    <message>
        <source>Signed %1. The visit can no longer be changed.</source>
        <translation>Signerat %1. Besöket kan inte längre ändras.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(ingen anteckning)</translation>
    </message>
    <message>
        <source>The child&apos;s own words</source>
        <translation>Barnets egna ord</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(inte antecknat)</translation>
    </message>
    <message>
        <source>BBIC: %1</source>
        <translation>BBIC: %1</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Tillägg</translation>
    </message>
    <message>
        <source>Amendment signed %1</source>
        <translation>Tillägg signerat %1</translation>
    </message>
    <message>
        <source>No amendments.</source>
        <translation>Inga tillägg.</translation>
    </message>
    <message>
        <source>Add amendment</source>
        <translation>Lägg till tillägg</translation>
    </message>
    <message>
        <source>Correction or addition to the signed visit</source>
        <translation>Rättelse eller tillägg till det signerade besöket</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Checked in and out</source>
        <translation>Incheckad och utcheckad</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Typ av besök</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
</context>
<context>
    <name>VisitSurveysCard</name>
    <message>
        <source>The child&apos;s answers</source>
        <translation>Barnets svar</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Let the child answer</source>
        <translation>Låt barnet svara</translation>
    </message>
</context>
<context>
    <name>VisitTimerCard</name>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>På plats</translation>
    </message>
    <message>
        <source>Time with the child</source>
        <translation>Barntid</translation>
    </message>
    <message>
        <source>Running, %1, %2</source>
        <translation>Pågår, %1, %2</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Totalt %1</translation>
    </message>
    <message>
        <source>%1 · total %2</source>
        <translation>%1 · totalt %2</translation>
    </message>
    <message>
        <source>Total time with the child</source>
        <translation>Barntid totalt</translation>
    </message>
    <message>
        <source>Stop barntid</source>
        <translation>Stoppa barntid</translation>
    </message>
    <message>
        <source>Start barntid</source>
        <translation>Starta barntid</translation>
    </message>
    <message>
        <source>%1–%2 · %3 · %4</source>
        <translation>%1–%2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>Registered time</source>
        <translation>Registrerad tid</translation>
    </message>
    <message>
        <source>With children</source>
        <translation>Med barn</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>My week</source>
        <translation>Min vecka</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Föregående vecka</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nästa vecka</translation>
    </message>
    <message>
        <source>New time entry</source>
        <translation>Ny tidsregistrering</translation>
    </message>
    <message>
        <source>Time log</source>
        <translation>Tidsregistreringar</translation>
    </message>
    <message>
        <source>%1 with children of %2 registered time</source>
        <translation>%1 barntid av %2 registrerad tid</translation>
    </message>
    <message>
        <source>Overlapping time counts once. Time with children counts as registered time.</source>
        <translation>Tid som överlappar räknas en gång. Barntid räknas som registrerad tid.</translation>
    </message>
    <message>
        <source>%1, %2–%3, %4</source>
        <translation>%1, %2–%3, %4</translation>
    </message>
    <message>
        <source>from a visit</source>
        <translation>från ett besök</translation>
    </message>
    <message>
        <source>%1–%2 · %3</source>
        <translation>%1–%2 · %3</translation>
    </message>
    <message>
        <source>From visit</source>
        <translation>Från besök</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove %1, %2–%3</source>
        <translation>Ta bort %1, %2–%3</translation>
    </message>
    <message>
        <source>Nothing registered this week. Visits appear here by themselves; add other work with “New time entry”.</source>
        <translation>Inget registrerat den här veckan. Besök visas här av sig själva; lägg till annat arbete med ”Ny tidsregistrering”.</translation>
    </message>
    <message>
        <source>%1, %2–%3 (%4) is removed from the week.</source>
        <translation>%1, %2–%3 (%4) tas bort från veckan.</translation>
    </message>
    <message>
        <source>Remove the time entry?</source>
        <translation>Ta bort tidsregistreringen?</translation>
    </message>
</context>
<context>
    <name>WeekText</name>
    <message>
        <source>Time from a visit is changed in the visit.</source>
        <translation>Tid från ett besök ändras i besöket.</translation>
    </message>
    <message>
        <source>Child time, %1</source>
        <translation>Barntid, %1</translation>
    </message>
    <message>
        <source>Child contact</source>
        <translation>Barnkontakt</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>Familjekontakt</translation>
    </message>
    <message>
        <source>Foster home contact</source>
        <translation>Familjehemskontakt</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Resor</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 tim</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 tim %2 min</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Vecka %1, %2</translation>
    </message>
    <message>
        <source>Barntid %1 %</source>
        <translation>Barntid %1 %</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Välj en kategori.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Slutet måste vara efter starten.</translation>
    </message>
    <message>
        <source>Give a valid start time.</source>
        <translation>Ange en giltig starttid.</translation>
    </message>
    <message>
        <source>One time entry can be at most 24 hours.</source>
        <translation>En tidsregistrering kan vara högst 24 timmar.</translation>
    </message>
    <message>
        <source>Give a valid end time.</source>
        <translation>Ange en giltig sluttid.</translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation>Anteckningen är för lång.</translation>
    </message>
    <message>
        <source>%1: %2 with children of %3</source>
        <translation>%1: %2 barntid av %3</translation>
    </message>
    <message>
        <source>%1: %2 with children of %3 registered.</source>
        <translation>%1: %2 barntid av %3 registrerad tid.</translation>
    </message>
</context>
<context>
    <name>barntid::AccessLogModel</name>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Visit in case %1</source>
        <translation>Besök i ärende %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Ärende %1</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>Okänd användare</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Den här enheten</translation>
    </message>
</context>
<context>
    <name>barntid::CheckInPosition</name>
    <message>
        <source>Finding position…</source>
        <translation>Söker position…</translation>
    </message>
    <message>
        <source>Position ±%1 m</source>
        <translation>Position ±%1 m</translation>
    </message>
    <message>
        <source>Position saved (accuracy unknown)</source>
        <translation>Position sparad (okänd noggrannhet)</translation>
    </message>
    <message>
        <source>No position (continuing without)</source>
        <translation>Ingen position (fortsätter utan)</translation>
    </message>
    <message>
        <source>Position not stored (protected identity)</source>
        <translation>Position sparas inte (skyddad identitet)</translation>
    </message>
</context>
<context>
    <name>barntid::ChildVoicesModel</name>
    <message>
        <source>Quarter %1 %2</source>
        <translation>Kvartal %1 %2</translation>
    </message>
    <message>
        <source>Wrote an answer</source>
        <translation>Skrev ett svar</translation>
    </message>
    <message>
        <source>Whole municipality</source>
        <translation>Hela kommunen</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>Ditt team</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Visas inte</translation>
    </message>
    <message>
        <source>All who answered</source>
        <translation>Alla som svarade</translation>
    </message>
</context>
<context>
    <name>barntid::JournalShare</name>
    <message>
        <source>Not in the journal yet: the nightly export takes the note once it is on the server.</source>
        <translation>Inte i journalen än: nattens export tar med anteckningen när den finns på servern.</translation>
    </message>
    <message>
        <source>In the journal since %1. The latest amendment goes with the next export.</source>
        <translation>I journalen sedan %1. Det senaste tillägget följer med nästa export.</translation>
    </message>
    <message>
        <source>In the journal since %1.</source>
        <translation>I journalen sedan %1.</translation>
    </message>
    <message>
        <source>This device has no app that opens PDF documents.</source>
        <translation>Den här enheten har ingen app som öppnar PDF-dokument.</translation>
    </message>
    <message>
        <source>No note of this case is in the journal yet; the nightly export sends them.</source>
        <translation>Ingen anteckning i ärendet finns i journalen än; nattens export skickar dem.</translation>
    </message>
    <message>
        <source>Only a signed note goes to the journal.</source>
        <translation>Bara en signerad anteckning går till journalen.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Try again when the device is online.</source>
        <translation>Servern går inte att nå. Försök igen när enheten är uppkopplad.</translation>
    </message>
    <message>
        <source>Sign in to the server first (Sync), then try again.</source>
        <translation>Logga in mot servern först (Synka) och försök sedan igen.</translation>
    </message>
    <message>
        <source>The note is not on the server yet. Sync first, then try again.</source>
        <translation>Anteckningen finns inte på servern än. Synka först och försök sedan igen.</translation>
    </message>
    <message>
        <source>Your account may not share this note.</source>
        <translation>Ditt konto får inte dela den här anteckningen.</translation>
    </message>
    <message>
        <source>The document could not be fetched. Try again; if it keeps failing, contact IT support.</source>
        <translation>Dokumentet kunde inte hämtas. Försök igen; om det fortsätter, kontakta IT-supporten.</translation>
    </message>
</context>
<context>
    <name>barntid::ReviewEntry</name>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Typ av besök</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Signerad av %1</translation>
    </message>
    <message>
        <source>Registered by %1</source>
        <translation>Registrerad av %1</translation>
    </message>
    <message>
        <source>Amendment by %1</source>
        <translation>Tillägg av %1</translation>
    </message>
    <message>
        <source>%1 by %2 (version %3)</source>
        <translation>%1 av %2 (version %3)</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Tillägg</translation>
    </message>
    <message>
        <source>Write what the social worker should correct or add.</source>
        <translation>Skriv vad socialsekreteraren ska rätta eller lägga till.</translation>
    </message>
</context>
<context>
    <name>barntid::ScheduleModel</name>
    <message>
        <source>Week %1, %2</source>
        <translation>Vecka %1, %2</translation>
    </message>
</context>
<context>
    <name>barntid::Session</name>
    <message>
        <source>Wrong PIN code.</source>
        <translation>Fel PIN-kod.</translation>
    </message>
</context>
<context>
    <name>barntid::Shell</name>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Foster homes</source>
        <translation>Familjehem</translation>
    </message>
    <message>
        <source>My week</source>
        <translation>Min vecka</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granska</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Teamet</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Loggkontroll</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Child answers</source>
        <translation>Barnsvar</translation>
    </message>
</context>
<context>
    <name>barntid::SyncController</name>
    <message>
        <source>The server address must start with https://</source>
        <translation>Serveradressen måste börja med https://</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Logga in igen</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Inte inloggad</translation>
    </message>
    <message>
        <source>Syncing …</source>
        <translation>Synkar …</translation>
    </message>
    <message numerus="yes">
        <source>%n changes need attention</source>
        <translation>
            <numerusform>%n ändring behöver åtgärdas</numerusform>
            <numerusform>%n ändringar behöver åtgärdas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes not on the server yet</source>
        <translation>
            <numerusform>%n ändring finns inte på servern än</numerusform>
            <numerusform>%n ändringar finns inte på servern än</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Allt synkat</translation>
    </message>
</context>
<context>
    <name>barntid::TodayModel</name>
    <message>
        <source>%1 planned at %2</source>
        <translation>%1 planerat kl. %2</translation>
    </message>
    <message>
        <source>Draft from %1 · not signed</source>
        <translation>Utkast från %1 · inte signerat</translation>
    </message>
    <message>
        <source>Draft, started at %1 · not signed</source>
        <translation>Utkast, påbörjat kl. %1 · inte signerat</translation>
    </message>
    <message>
        <source>Follow-up due today</source>
        <translation>Uppföljning idag</translation>
    </message>
    <message>
        <source>Follow-up overdue since %1</source>
        <translation>Uppföljning försenad sedan %1</translation>
    </message>
    <message>
        <source>Placed in %1, never visited</source>
        <translation>Placerad i %1, aldrig besökt</translation>
    </message>
    <message>
        <source>Visit overdue since %1</source>
        <translation>Besök försenat sedan %1</translation>
    </message>
    <message>
        <source>Returned to you: “%1”</source>
        <translation>Skickad tillbaka till dig: ”%1”</translation>
    </message>
</context>
<context>
    <name>barntid::VisitEditor</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The child&apos;s own words are empty.</source>
        <translation>Barnets egna ord är tomma.</translation>
    </message>
    <message>
        <source>Write what happened before signing: an empty visit cannot be signed.</source>
        <translation>Skriv vad som hände innan du signerar: ett tomt besök kan inte signeras.</translation>
    </message>
</context>
<context>
    <name>barntid::VisitSurveys</name>
    <message>
        <source>A child</source>
        <translation>Ett barn</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Skyddad identitet</translation>
    </message>
    <message>
        <source>Did not want to answer</source>
        <translation>Ville inte svara</translation>
    </message>
    <message>
        <source>Very bad</source>
        <translation>Mycket dåligt</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Dåligt</translation>
    </message>
    <message>
        <source>So-so</source>
        <translation>Sådär</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Mycket bra</translation>
    </message>
    <message>
        <source>%1 (%2 of 5)</source>
        <translation>%1 (%2 av 5)</translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <translation>%1–%2 år</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Inte klar</translation>
    </message>
</context>
</TS>
