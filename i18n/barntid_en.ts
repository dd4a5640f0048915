<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AccessLogExportDialog</name>
    <message>
        <source>Export the access log</source>
        <translation>Export the access log</translation>
    </message>
    <message>
        <source>The access log is never saved as a file on this device. Download it as CSV on a computer: open this address and sign in with your supervisor account.</source>
        <translation>The access log is never saved as a file on this device. Download it as CSV on a computer: open this address and sign in with your supervisor account.</translation>
    </message>
    <message>
        <source>Address on the server</source>
        <translation>Address on the server</translation>
    </message>
    <message>
        <source>No server address yet: sign in under “Menu” first.</source>
        <translation>No server address yet: sign in under “Menu” first.</translation>
    </message>
    <message>
        <source>Openings made offline reach the server when the device syncs; the export includes them from then on.</source>
        <translation>Openings made offline reach the server when the device syncs; the export includes them from then on.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AccessLogPage</name>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Who opened which case or visit, when and on which device. Openings made offline show once that device has synced.</source>
        <translation>Who opened which case or visit, when and on which device. Openings made offline show once that device has synced.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Worker: %1</source>
        <translation>Worker: %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Any day</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message numerus="yes">
        <source>%n opening(s)</source>
        <translation>
            <numerusform>%n opening(s)</numerusform>
            <numerusform>%n opening(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not on the server yet</source>
        <translation>Not on the server yet</translation>
    </message>
    <message>
        <source>No opening matches the filters.</source>
        <translation>No opening matches the filters.</translation>
    </message>
    <message>
        <source>No openings logged yet. They show here once this device has synced with the server.</source>
        <translation>No openings logged yet. They show here once this device has synced with the server.</translation>
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
        <translation>Lock</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Sync and account</source>
        <translation>Sync and account</translation>
    </message>
</context>
<context>
    <name>BConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BDateField</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Choose a date</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
</context>
<context>
    <name>BPickerField</name>
    <message>
        <source>Opens a chooser</source>
        <translation>Opens a chooser</translation>
    </message>
</context>
<context>
    <name>BTimeField</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Choose a time</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
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
        <translation>Barntid %1, open the visit</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>BbicAreas</name>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Emotional and behavioural development</source>
        <translation>Emotional and behavioural development</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Family and social relationships</source>
        <translation>Family and social relationships</translation>
    </message>
    <message>
        <source>Social presentation</source>
        <translation>Social presentation</translation>
    </message>
    <message>
        <source>Self-care skills</source>
        <translation>Self-care skills</translation>
    </message>
    <message>
        <source>Basic care</source>
        <translation>Basic care</translation>
    </message>
    <message>
        <source>Ensuring safety</source>
        <translation>Ensuring safety</translation>
    </message>
    <message>
        <source>Emotional warmth</source>
        <translation>Emotional warmth</translation>
    </message>
    <message>
        <source>Stimulation</source>
        <translation>Stimulation</translation>
    </message>
    <message>
        <source>Guidance and boundaries</source>
        <translation>Guidance and boundaries</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stability</translation>
    </message>
    <message>
        <source>Family history and functioning</source>
        <translation>Family history and functioning</translation>
    </message>
    <message>
        <source>Wider family</source>
        <translation>Wider family</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Social integration</source>
        <translation>Social integration</translation>
    </message>
    <message>
        <source>Community resources</source>
        <translation>Community resources</translation>
    </message>
    <message>
        <source>The child&apos;s needs</source>
        <translation>The child&apos;s needs</translation>
    </message>
    <message>
        <source>Parenting capacity</source>
        <translation>Parenting capacity</translation>
    </message>
    <message>
        <source>Family and environment</source>
        <translation>Family and environment</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <source>Book the time</source>
        <translation>Book the time</translation>
    </message>
    <message>
        <source>What do you want to talk about?</source>
        <translation>What do you want to talk about?</translation>
    </message>
    <message>
        <source>%1 of 500 characters</source>
        <translation>%1 of 500 characters</translation>
    </message>
    <message>
        <source>E-mail for the confirmation (optional)</source>
        <translation>E-mail for the confirmation (optional)</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>A few words, e.g. the holidays</source>
        <translation>A few words, e.g. the holidays</translation>
    </message>
    <message>
        <source>Do not write names or details about the child.</source>
        <translation>Do not write names or details about the child.</translation>
    </message>
</context>
<context>
    <name>BookingCard</name>
    <message>
        <source>Evening time</source>
        <translation>Evening time</translation>
    </message>
    <message>
        <source>%1 · with %2</source>
        <translation>%1 · with %2</translation>
    </message>
    <message>
        <source>Video link: %1</source>
        <translation>Video link: %1</translation>
    </message>
    <message>
        <source>You wrote: “%1”</source>
        <translation>You wrote: “%1”</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Nearest free times:</source>
        <translation>Nearest free times:</translation>
    </message>
    <message>
        <source>There are no other free times right now.</source>
        <translation>There are no other free times right now.</translation>
    </message>
    <message>
        <source>Remove from calendar</source>
        <translation>Remove from calendar</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Add to calendar</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>CancelBookingDialog</name>
    <message>
        <source>Cancel the meeting</source>
        <translation>Cancel the meeting</translation>
    </message>
    <message>
        <source>%1 sees the reason in the app and gets it by e-mail.</source>
        <translation>%1 sees the reason in the app and gets it by e-mail.</translation>
    </message>
    <message>
        <source>%1 sees the reason in the app.</source>
        <translation>%1 sees the reason in the app.</translation>
    </message>
    <message>
        <source>Reason for the family</source>
        <translation>Reason for the family</translation>
    </message>
    <message>
        <source>e.g. I am ill. Book another time that suits you.</source>
        <translation>e.g. I am ill. Book another time that suits you.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Back to cases</source>
        <translation>Back to cases</translation>
    </message>
    <message>
        <source>Case %1 · born %2</source>
        <translation>Case %1 · born %2</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Protected identity: the name is never shown and no position is stored.</source>
        <translation>Protected identity: the name is never shown and no position is stored.</translation>
    </message>
    <message>
        <source>Start home visit</source>
        <translation>Start home visit</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>No visits yet.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Journal notes as PDF</source>
        <translation>Journal notes as PDF</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>No cases on this device yet. Sign in under “Menu” and the sync fetches your cases, or create one with “New case”.</source>
        <translation>No cases on this device yet. Sign in under “Menu” and the sync fetches your cases, or create one with “New case”.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Search by case number or name</source>
        <translation>Search by case number or name</translation>
    </message>
    <message>
        <source>Case %1, %2</source>
        <translation>Case %1, %2</translation>
    </message>
    <message>
        <source>%1 · born %2</source>
        <translation>%1 · born %2</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest %1</source>
        <translation>Latest %1</translation>
    </message>
    <message>
        <source>No case matches the search.</source>
        <translation>No case matches the search.</translation>
    </message>
    <message>
        <source>No cases on this device yet. Create one with “New case”.</source>
        <translation>No cases on this device yet. Create one with “New case”.</translation>
    </message>
    <message>
        <source>Choose a case to see its visits and start a visit.</source>
        <translation>Choose a case to see its visits and start a visit.</translation>
    </message>
</context>
<context>
    <name>ChildModeDialog</name>
    <message>
        <source>Let the child answer</source>
        <translation>Let the child answer</translation>
    </message>
    <message>
        <source>Who answers?</source>
        <translation>Who answers?</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>The child sees one question at a time and nothing else of the case. Every answer is saved as it is given. To get the tablet back, press and hold and enter your PIN code.</source>
        <translation>The child sees one question at a time and nothing else of the case. Every answer is saved as it is given. To get the tablet back, press and hold and enter your PIN code.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
</context>
<context>
    <name>ChildModePage</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Give back</translation>
    </message>
    <message>
        <source>Hi %1!</source>
        <translation>Hi %1!</translation>
    </message>
    <message>
        <source>Hi!</source>
        <translation>Hi!</translation>
    </message>
    <message>
        <source>Thank you for answering!</source>
        <translation>Thank you for answering!</translation>
    </message>
    <message>
        <source>Now give the tablet back to your social worker.</source>
        <translation>Now give the tablet back to your social worker.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>You can go back and change your answers until you are done.</source>
        <translation>You can go back and change your answers until you are done.</translation>
    </message>
    <message>
        <source>Very bad</source>
        <translation>Very bad</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Bad</translation>
    </message>
    <message>
        <source>So-so</source>
        <translation>So-so</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Very good</translation>
    </message>
    <message>
        <source>You can choose: %1.</source>
        <translation>You can choose: %1.</translation>
    </message>
    <message>
        <source>You can write your answer.</source>
        <translation>You can write your answer.</translation>
    </message>
    <message>
        <source>Or: I don&apos;t want to answer.</source>
        <translation>Or: I don&apos;t want to answer.</translation>
    </message>
    <message>
        <source>This is what you said. You can change an answer, or press Done.</source>
        <translation>This is what you said. You can change an answer, or press Done.</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
</context>
<context>
    <name>ChildQuestionView</name>
    <message>
        <source>Write here, or ask your social worker to write for you</source>
        <translation>Write here, or ask your social worker to write for you</translation>
    </message>
    <message>
        <source>I don&apos;t want to answer</source>
        <translation>I don&apos;t want to answer</translation>
    </message>
</context>
<context>
    <name>ChildSummaryView</name>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>You didn&apos;t want to answer</source>
        <translation>You didn&apos;t want to answer</translation>
    </message>
    <message>
        <source>This is what you said</source>
        <translation>This is what you said</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change the answer to: %1</source>
        <translation>Change the answer to: %1</translation>
    </message>
</context>
<context>
    <name>ChildVoicesPage</name>
    <message>
        <source>Children&apos;s answers</source>
        <translation>Children&apos;s answers</translation>
    </message>
    <message>
        <source>What children answered in child mode, as the number of children per answer. Each child counts once per question and quarter, with their latest answer. A quarter shows when it has ended.</source>
        <translation>What children answered in child mode, as the number of children per answer. Each child counts once per question and quarter, with their latest answer. A quarter shows when it has ended.</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Survey: %1</source>
        <translation>Survey: %1</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Quarter: %1</source>
        <translation>Quarter: %1</translation>
    </message>
    <message>
        <source>“Not shown”: fewer than %1 children, or a figure from which such a cell could be worked out.</source>
        <translation>“Not shown”: fewer than %1 children, or a figure from which such a cell could be worked out.</translation>
    </message>
    <message>
        <source>No figures yet. They come with the sync once children have answered in a quarter that has ended.</source>
        <translation>No figures yet. They come with the sync once children have answered in a quarter that has ended.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What was it about?</source>
        <translation>What was it about?</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Save contact</translation>
    </message>
    <message>
        <source>e.g. 45</source>
        <translation>e.g. 45</translation>
    </message>
</context>
<context>
    <name>FosterHomeChildrenCard</name>
    <message>
        <source>Placed children</source>
        <translation>Placed children</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No children placed here on this device.</source>
        <translation>No children placed here on this device.</translation>
    </message>
    <message>
        <source>Place child here</source>
        <translation>Place child here</translation>
    </message>
    <message>
        <source>Case to place here: %1</source>
        <translation>Case to place here: %1</translation>
    </message>
</context>
<context>
    <name>FosterHomeContactsCard</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
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
        <translation>Next follow-up %1</translation>
    </message>
    <message>
        <source>No contacts logged yet.</source>
        <translation>No contacts logged yet.</translation>
    </message>
</context>
<context>
    <name>FosterHomePage</name>
    <message>
        <source>Not offered yet</source>
        <translation>Not offered yet</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Foster home</source>
        <translation>Foster home</translation>
    </message>
    <message>
        <source>Back to foster homes</source>
        <translation>Back to foster homes</translation>
    </message>
    <message>
        <source>Training offered today</source>
        <translation>Training offered today</translation>
    </message>
    <message>
        <source>Training completed today</source>
        <translation>Training completed today</translation>
    </message>
    <message>
        <source>Foster homes</source>
        <translation>Foster homes</translation>
    </message>
    <message>
        <source>Supervision status: %1</source>
        <translation>Supervision status: %1</translation>
    </message>
</context>
<context>
    <name>FosterHomeText</name>
    <message>
        <source>Training completed %1</source>
        <translation>Training completed %1</translation>
    </message>
    <message>
        <source>Training offered %1</source>
        <translation>Training offered %1</translation>
    </message>
    <message>
        <source>No training offered yet</source>
        <translation>No training offered yet</translation>
    </message>
    <message>
        <source>Supervision offered</source>
        <translation>Supervision offered</translation>
    </message>
    <message>
        <source>Supervision ongoing</source>
        <translation>Supervision ongoing</translation>
    </message>
    <message>
        <source>Supervision completed</source>
        <translation>Supervision completed</translation>
    </message>
    <message>
        <source>Supervision declined</source>
        <translation>Supervision declined</translation>
    </message>
    <message>
        <source>No supervision offered yet</source>
        <translation>No supervision offered yet</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Video call</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>No follow-up planned</source>
        <translation>No follow-up planned</translation>
    </message>
    <message>
        <source>Follow-up overdue since %1</source>
        <translation>Follow-up overdue since %1</translation>
    </message>
    <message>
        <source>Next follow-up %1</source>
        <translation>Next follow-up %1</translation>
    </message>
    <message>
        <source>Never visited: visit due now</source>
        <translation>Never visited: visit due now</translation>
    </message>
    <message>
        <source>Visit overdue since %1</source>
        <translation>Visit overdue since %1</translation>
    </message>
    <message>
        <source>Next visit due by %1</source>
        <translation>Next visit due by %1</translation>
    </message>
    <message>
        <source>The date is not valid (YYYY-MM-DD).</source>
        <translation>The date is not valid (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The foster home&apos;s name is missing.</source>
        <translation>The foster home&apos;s name is missing.</translation>
    </message>
    <message>
        <source>The foster home&apos;s name is too long.</source>
        <translation>The foster home&apos;s name is too long.</translation>
    </message>
    <message>
        <source>The contact persons are too long.</source>
        <translation>The contact persons are too long.</translation>
    </message>
    <message>
        <source>The phone number is too long.</source>
        <translation>The phone number is too long.</translation>
    </message>
    <message>
        <source>The phone number may only hold digits, spaces and + ( ) -.</source>
        <translation>The phone number may only hold digits, spaces and + ( ) -.</translation>
    </message>
    <message>
        <source>Training cannot be completed before it was offered.</source>
        <translation>Training cannot be completed before it was offered.</translation>
    </message>
    <message>
        <source>The training date is not valid.</source>
        <translation>The training date is not valid.</translation>
    </message>
    <message>
        <source>Unknown supervision status.</source>
        <translation>Unknown supervision status.</translation>
    </message>
    <message>
        <source>Choose the kind of contact.</source>
        <translation>Choose the kind of contact.</translation>
    </message>
    <message>
        <source>The duration must be between 0 and 1440 minutes.</source>
        <translation>The duration must be between 0 and 1440 minutes.</translation>
    </message>
    <message>
        <source>The follow-up date is not valid (YYYY-MM-DD).</source>
        <translation>The follow-up date is not valid (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>The text is too long.</translation>
    </message>
</context>
<context>
    <name>FosterHomeVisitDialog</name>
    <message>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <source>Which child&apos;s case is the visit about?</source>
        <translation>Which child&apos;s case is the visit about?</translation>
    </message>
    <message>
        <source>No child&apos;s case</source>
        <translation>No child&apos;s case</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Start visit</source>
        <translation>Start visit</translation>
    </message>
</context>
<context>
    <name>FosterHomeVisitsCard</name>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <source>New visit at this foster home</source>
        <translation>New visit at this foster home</translation>
    </message>
    <message>
        <source>No visits at this foster home yet.</source>
        <translation>No visits at this foster home yet.</translation>
    </message>
</context>
<context>
    <name>FosterHomesPage</name>
    <message>
        <source>Foster homes</source>
        <translation>Foster homes</translation>
    </message>
    <message>
        <source>New foster home</source>
        <translation>New foster home</translation>
    </message>
    <message>
        <source>Search foster homes</source>
        <translation>Search foster homes</translation>
    </message>
    <message>
        <source>Search by name or contact person</source>
        <translation>Search by name or contact person</translation>
    </message>
    <message>
        <source>Foster home %1, %2, %3</source>
        <translation>Foster home %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) placed</source>
        <translation>
            <numerusform>%n child placed</numerusform>
            <numerusform>%n children placed</numerusform>
        </translation>
    </message>
    <message>
        <source>No foster home matches the search.</source>
        <translation>No foster home matches the search.</translation>
    </message>
    <message>
        <source>No foster homes on this device yet. Create one with “New foster home”.</source>
        <translation>No foster homes on this device yet. Create one with “New foster home”.</translation>
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
        <translation>Hand over the case</translation>
    </message>
    <message>
        <source>Case %1 goes to the social worker you choose. The case and its records leave %2&apos;s device at their next sync.</source>
        <translation>Case %1 goes to the social worker you choose. The case and its records leave %2&apos;s device at their next sync.</translation>
    </message>
    <message>
        <source>New social worker: %1</source>
        <translation>New social worker: %1</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Case %1 · %2</source>
        <translation>Case %1 · %2</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Responsible: %1</translation>
    </message>
    <message>
        <source>handover not sent yet</source>
        <translation>handover not sent yet</translation>
    </message>
    <message>
        <source>Hand over to another social worker</source>
        <translation>Hand over to another social worker</translation>
    </message>
</context>
<context>
    <name>JournalDocument</name>
    <message>
        <source>unknown account</source>
        <translation>unknown account</translation>
    </message>
    <message>
        <source>No time with the child recorded</source>
        <translation>No time with the child recorded</translation>
    </message>
    <message>
        <source>%1 min (%2)</source>
        <translation>%1 min (%2)</translation>
    </message>
    <message>
        <source>Review: not approved at this version</source>
        <translation>Review: not approved at this version</translation>
    </message>
    <message>
        <source>Review: approved %1 by %2</source>
        <translation>Review: approved %1 by %2</translation>
    </message>
    <message>
        <source>Journal note: %1</source>
        <translation>Journal note: %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, born %2</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>%1 (Swedish time)</source>
        <translation>%1 (Swedish time)</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Kind of visit</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Time with the child</source>
        <translation>Time with the child</translation>
    </message>
    <message>
        <source>BBIC areas</source>
        <translation>BBIC areas</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>None chosen</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation>Nothing recorded</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The child&apos;s own words</source>
        <translation>The child&apos;s own words</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <source>Amendment %1 by %2:</source>
        <translation>Amendment %1 by %2:</translation>
    </message>
    <message>
        <source>Barntid record %1, version %2, SHA-256 %3</source>
        <translation>Barntid record %1, version %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>Journal notes of case %1</source>
        <translation>Journal notes of case %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>JournalRow</name>
    <message>
        <source>Share to the journal</source>
        <translation>Share to the journal</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Fetching…</translation>
    </message>
    <message>
        <source>Opens the PDF from the server; nothing is saved in Barntid</source>
        <translation>Opens the PDF from the server; nothing is saved in Barntid</translation>
    </message>
</context>
<context>
    <name>KeyDestroyedPage</name>
    <message>
        <source>The key has been destroyed</source>
        <translation>The key has been destroyed</translation>
    </message>
    <message numerus="yes">
        <source>The PIN code was entered wrongly %n times, so the key to the information on this tablet was destroyed to protect it.</source>
        <translation>
            <numerusform>The PIN code was entered wrongly %n time, so the key to the information on this tablet was destroyed to protect it.</numerusform>
            <numerusform>The PIN code was entered wrongly %n times, so the key to the information on this tablet was destroyed to protect it.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was stored on the tablet can no longer be opened by anyone. Work that had been synced is safe on the server.</source>
        <translation>What was stored on the tablet can no longer be opened by anyone. Work that had been synced is safe on the server.</translation>
    </message>
    <message>
        <source>Start over to choose a new PIN code. Synced work can then be fetched from the server again.</source>
        <translation>Start over to choose a new PIN code. Synced work can then be fetched from the server again.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
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
        <translation>Evening time</translation>
    </message>
    <message>
        <source>Video meeting</source>
        <translation>Video meeting</translation>
    </message>
    <message>
        <source>Place not given</source>
        <translation>Place not given</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>Waiting for confirmation</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>The time is no longer free</source>
        <translation>The time is no longer free</translation>
    </message>
    <message>
        <source>The time has already begun</source>
        <translation>The time has already begun</translation>
    </message>
    <message>
        <source>It is too late to cancel in the app. Call your social worker.</source>
        <translation>It is too late to cancel in the app. Call your social worker.</translation>
    </message>
    <message>
        <source>The time overlaps another of your meeting times.</source>
        <translation>The time overlaps another of your meeting times.</translation>
    </message>
    <message>
        <source>The time is booked. Cancel the booking first.</source>
        <translation>The time is booked. Cancel the booking first.</translation>
    </message>
    <message>
        <source>This is not yours to change.</source>
        <translation>This is not yours to change.</translation>
    </message>
    <message>
        <source>The server did not accept the change.</source>
        <translation>The server did not accept the change.</translation>
    </message>
    <message>
        <source>The time has already passed. Choose a later time.</source>
        <translation>The time has already passed. Choose a later time.</translation>
    </message>
    <message>
        <source>Write briefly what you want to talk about.</source>
        <translation>Write briefly what you want to talk about.</translation>
    </message>
    <message>
        <source>The text is too long: at most 500 characters.</source>
        <translation>The text is too long: at most 500 characters.</translation>
    </message>
    <message>
        <source>The e-mail address does not look right.</source>
        <translation>The e-mail address does not look right.</translation>
    </message>
    <message>
        <source>Write a reason for the family.</source>
        <translation>Write a reason for the family.</translation>
    </message>
    <message>
        <source>Sign in to the server before publishing times.</source>
        <translation>Sign in to the server before publishing times.</translation>
    </message>
    <message>
        <source>Give a place, or choose video meeting.</source>
        <translation>Give a place, or choose video meeting.</translation>
    </message>
    <message>
        <source>The video link must start with https://.</source>
        <translation>The video link must start with https://.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>The end must be after the start.</translation>
    </message>
    <message>
        <source>Choose a day and a start time.</source>
        <translation>Choose a day and a start time.</translation>
    </message>
    <message>
        <source>The meeting length does not fit in the time chosen.</source>
        <translation>The meeting length does not fit in the time chosen.</translation>
    </message>
    <message>
        <source>The buffer can be at most 120 minutes.</source>
        <translation>The buffer can be at most 120 minutes.</translation>
    </message>
    <message>
        <source>A series runs for 1 to 26 weeks.</source>
        <translation>A series runs for 1 to 26 weeks.</translation>
    </message>
    <message>
        <source>A cancelled booking stays cancelled.</source>
        <translation>A cancelled booking stays cancelled.</translation>
    </message>
    <message>
        <source>You can cancel here until %1 at %2.</source>
        <translation>You can cancel here until %1 at %2.</translation>
    </message>
    <message>
        <source>The calendar file could not be made yet. Try again when the booking has been sent.</source>
        <translation>The calendar file could not be made yet. Try again when the booking has been sent.</translation>
    </message>
    <message>
        <source>Cancelled by you</source>
        <translation>Cancelled by you</translation>
    </message>
    <message>
        <source>Called off</source>
        <translation>Called off</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>The calendar file could not be opened on this device.</source>
        <translation>The calendar file could not be opened on this device.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Social services</translation>
    </message>
    <message>
        <source>Cancel the booking?</source>
        <translation>Cancel the booking?</translation>
    </message>
    <message>
        <source>The time becomes free for others. You can book a new time afterwards.</source>
        <translation>The time becomes free for others. You can book a new time afterwards.</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>Your meetings</source>
        <translation>Your meetings</translation>
    </message>
    <message>
        <source>You have no booked meetings. Choose a free time below.</source>
        <translation>You have no booked meetings. Choose a free time below.</translation>
    </message>
    <message>
        <source>Book a meeting</source>
        <translation>Book a meeting</translation>
    </message>
    <message>
        <source>Evening times are outside office hours, for those who work or go to school in the day.</source>
        <translation>Evening times are outside office hours, for those who work or go to school in the day.</translation>
    </message>
    <message>
        <source>There are no free times right now. Your social worker publishes new ones; look again later.</source>
        <translation>There are no free times right now. Your social worker publishes new ones; look again later.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Child&apos;s first name and initial</source>
        <translation>Child&apos;s first name and initial</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Protected identity (the name is never shown)</source>
        <translation>Protected identity (the name is never shown)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Create case</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>e.g. 2026-0142</source>
        <translation>e.g. 2026-0142</translation>
    </message>
    <message>
        <source>e.g. Alva K.</source>
        <translation>e.g. Alva K.</translation>
    </message>
</context>
<context>
    <name>NewFosterHomeDialog</name>
    <message>
        <source>New foster home</source>
        <translation>New foster home</translation>
    </message>
    <message>
        <source>Name of the foster home</source>
        <translation>Name of the foster home</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Create foster home</source>
        <translation>Create foster home</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>e.g. Familjen Berg</source>
        <translation>e.g. Familjen Berg</translation>
    </message>
</context>
<context>
    <name>OpenTimeRow</name>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Evening time</source>
        <translation>Evening time</translation>
    </message>
    <message>
        <source>%1 · with %2</source>
        <translation>%1 · with %2</translation>
    </message>
</context>
<context>
    <name>PinSetupPage</name>
    <message>
        <source>Choose a PIN code</source>
        <translation>Choose a PIN code</translation>
    </message>
    <message>
        <source>The PIN code protects the information on this tablet: without it, nobody can open it.</source>
        <translation>The PIN code protects the information on this tablet: without it, nobody can open it.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n digits, not a code you use elsewhere.</source>
        <translation>
            <numerusform>Use at least %n digit, not a code you use elsewhere.</numerusform>
            <numerusform>Use at least %n digits, not a code you use elsewhere.</numerusform>
        </translation>
    </message>
    <message>
        <source>New PIN code</source>
        <translation>New PIN code</translation>
    </message>
    <message>
        <source>Repeat the PIN code</source>
        <translation>Repeat the PIN code</translation>
    </message>
    <message>
        <source>Setting up the encrypted storage…</source>
        <translation>Setting up the encrypted storage…</translation>
    </message>
    <message>
        <source>Save PIN code</source>
        <translation>Save PIN code</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>Changed on the server too, after this device last synced. Both versions are kept: look at the server&apos;s version and choose which one stays.</source>
        <translation>Changed on the server too, after this device last synced. Both versions are kept: look at the server&apos;s version and choose which one stays.</translation>
    </message>
    <message>
        <source>The server did not take the change: the case has been moved to another social worker, or you no longer have access to it. Your version is kept on this device; open it and pass the content on to the case&apos;s social worker.</source>
        <translation>The server did not take the change: the case has been moved to another social worker, or you no longer have access to it. Your version is kept on this device; open it and pass the content on to the case&apos;s social worker.</translation>
    </message>
    <message>
        <source>The server did not take the change: the record is signed or approved there and can no longer be changed. Open it and add an amendment instead.</source>
        <translation>The server did not take the change: the record is signed or approved there and can no longer be changed. Open it and add an amendment instead.</translation>
    </message>
    <message>
        <source>The server did not take the change: something is missing or wrong in it. Open it and check the fields.</source>
        <translation>The server did not take the change: something is missing or wrong in it. Open it and check the fields.</translation>
    </message>
    <message>
        <source>The server did not take the change: the record was removed there.</source>
        <translation>The server did not take the change: the record was removed there.</translation>
    </message>
    <message>
        <source>The server did not take the change: the time is no longer free.</source>
        <translation>The server did not take the change: the time is no longer free.</translation>
    </message>
    <message>
        <source>The server did not take the change. Your version is kept on this device.</source>
        <translation>The server did not take the change. Your version is kept on this device.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation>Who was present</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The child&apos;s own words</source>
        <translation>The child&apos;s own words</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>The child alone</source>
        <translation>The child alone</translation>
    </message>
    <message>
        <source>The child with the foster parents</source>
        <translation>The child with the foster parents</translation>
    </message>
    <message>
        <source>The child with parents or other adults</source>
        <translation>The child with parents or other adults</translation>
    </message>
    <message>
        <source>The child was not present</source>
        <translation>The child was not present</translation>
    </message>
    <message>
        <source>&quot;Keep mine&quot; is not offered: the server&apos;s version is signed and can no longer be changed. Take the server&apos;s version and add an amendment.</source>
        <translation>&quot;Keep mine&quot; is not offered: the server&apos;s version is signed and can no longer be changed. Take the server&apos;s version and add an amendment.</translation>
    </message>
    <message>
        <source>&quot;Keep mine&quot; is not offered: a supervisor has approved the server&apos;s version, so it can no longer be changed.</source>
        <translation>&quot;Keep mine&quot; is not offered: a supervisor has approved the server&apos;s version, so it can no longer be changed.</translation>
    </message>
    <message>
        <source>&quot;Keep mine&quot; is not offered: the server&apos;s version can no longer be changed.</source>
        <translation>&quot;Keep mine&quot; is not offered: the server&apos;s version can no longer be changed.</translation>
    </message>
    <message>
        <source>This change is being sent right now. Try again when the sync has finished.</source>
        <translation>This change is being sent right now. Try again when the sync has finished.</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>This conflict has already been resolved.</translation>
    </message>
    <message>
        <source>The record is no longer on this device.</source>
        <translation>The record is no longer on this device.</translation>
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
        <translation>Dismiss the reminder</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <source>Video meeting</source>
        <translation>Video meeting</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>%1 soon, at %2</source>
        <translation>%1 soon, at %2</translation>
    </message>
    <message>
        <source>%1 in one hour, at %2</source>
        <translation>%1 in one hour, at %2</translation>
    </message>
    <message>
        <source>%1 tomorrow at %2</source>
        <translation>%1 tomorrow at %2</translation>
    </message>
    <message>
        <source>%1 today at %2</source>
        <translation>%1 today at %2</translation>
    </message>
</context>
<context>
    <name>ReviewEntryPage</name>
    <message>
        <source>Approve?</source>
        <translation>Approve?</translation>
    </message>
    <message>
        <source>Version %1 is approved and locked: nobody can change it any more. A later correction is an amendment, which comes back to you for review.</source>
        <translation>Version %1 is approved and locked: nobody can change it any more. A later correction is an amendment, which comes back to you for review.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Return to the social worker</source>
        <translation>Return to the social worker</translation>
    </message>
    <message>
        <source>Write what should be corrected or added. The social worker sees it on the entry after their next sync and answers with an amendment.</source>
        <translation>Write what should be corrected or added. The social worker sees it on the entry after their next sync and answers with an amendment.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Back to the review queue</source>
        <translation>Back to the review queue</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>This entry is not on this device. Sync to fetch the team&apos;s entries.</source>
        <translation>This entry is not on this device. Sync to fetch the team&apos;s entries.</translation>
    </message>
    <message>
        <source>When returned and now</source>
        <translation>When returned and now</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Then: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Return with comment</source>
        <translation>Return with comment</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Time entries</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Nothing waits for your review.</source>
        <translation>Nothing waits for your review.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries wait for your review.</source>
        <translation>
            <numerusform>%n entry waits for your review.</numerusform>
            <numerusform>%n entries wait for your review.</numerusform>
        </translation>
    </message>
    <message>
        <source>Social worker: %1</source>
        <translation>Social worker: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Kind: %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>No entries match. The team&apos;s entries arrive when you sync.</source>
        <translation>No entries match. The team&apos;s entries arrive when you sync.</translation>
    </message>
    <message numerus="yes">
        <source>%n amendments</source>
        <translation>
            <numerusform>%n amendment</numerusform>
            <numerusform>%n amendments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewStatusCard</name>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>Answer with an amendment below: the visit goes back to your supervisor for review.</source>
        <translation>Answer with an amendment below: the visit goes back to your supervisor for review.</translation>
    </message>
    <message>
        <source>Correct the entry: the change goes back to your supervisor for review.</source>
        <translation>Correct the entry: the change goes back to your supervisor for review.</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Returned, answered</source>
        <translation>Returned, answered</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>To review again: answered after the return</source>
        <translation>To review again: answered after the return</translation>
    </message>
    <message>
        <source>To review again: amended after approval</source>
        <translation>To review again: amended after approval</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <source>Approved by your supervisor</source>
        <translation>Approved by your supervisor</translation>
    </message>
    <message>
        <source>Returned to you: your answer waits for review</source>
        <translation>Returned to you: your answer waits for review</translation>
    </message>
    <message>
        <source>Returned to you by your supervisor</source>
        <translation>Returned to you by your supervisor</translation>
    </message>
    <message>
        <source>Waits for review again</source>
        <translation>Waits for review again</translation>
    </message>
    <message>
        <source>Your decision did not go through: the entry changed after you read it. Read the new version and decide again.</source>
        <translation>Your decision did not go through: the entry changed after you read it. Read the new version and decide again.</translation>
    </message>
    <message>
        <source>Your decision did not go through: another supervisor or another of your devices had already decided on this version. Their decision stands.</source>
        <translation>Your decision did not go through: another supervisor or another of your devices had already decided on this version. Their decision stands.</translation>
    </message>
    <message>
        <source>Your decision did not go through: the entry is not your team&apos;s, or it is your own.</source>
        <translation>Your decision did not go through: the entry is not your team&apos;s, or it is your own.</translation>
    </message>
    <message>
        <source>Your decision did not go through. Open the entry and decide again.</source>
        <translation>Your decision did not go through. Open the entry and decide again.</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>Unknown user</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Withdraw the time?</source>
        <translation>Withdraw the time?</translation>
    </message>
    <message>
        <source>Families can no longer book it.</source>
        <translation>Families can no longer book it.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>New series</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>New time</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) from families wait for your answer.</source>
        <translation>
            <numerusform>%n request from families wait for your answer.</numerusform>
            <numerusform>%n requests from families wait for your answer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting times this week.</source>
        <translation>No meeting times this week.</translation>
    </message>
    <message>
        <source>Meeting times</source>
        <translation>Meeting times</translation>
    </message>
</context>
<context>
    <name>ScheduleRow</name>
    <message>
        <source>Evening time</source>
        <translation>Evening time</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Cancel meeting</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>New series of meeting times</source>
        <translation>New series of meeting times</translation>
    </message>
    <message>
        <source>First day (the series repeats on this weekday)</source>
        <translation>First day (the series repeats on this weekday)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Meeting (minutes)</source>
        <translation>Meeting (minutes)</translation>
    </message>
    <message>
        <source>Meeting length in minutes</source>
        <translation>Meeting length in minutes</translation>
    </message>
    <message>
        <source>Buffer (minutes)</source>
        <translation>Buffer (minutes)</translation>
    </message>
    <message>
        <source>Buffer between meetings in minutes</source>
        <translation>Buffer between meetings in minutes</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <source>Number of weeks</source>
        <translation>Number of weeks</translation>
    </message>
    <message>
        <source>Video meeting</source>
        <translation>Video meeting</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>e.g. Socialkontoret, Storgatan 1</source>
        <translation>e.g. Socialkontoret, Storgatan 1</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Video link</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting time(s) will be published.</source>
        <translation>
            <numerusform>%n meeting time will be published.</numerusform>
            <numerusform>%n meeting times will be published.</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting fits in the time chosen.</source>
        <translation>No meeting fits in the time chosen.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message numerus="yes">
        <source>Wrong PIN code. %n tries left.</source>
        <translation>
            <numerusform>Wrong PIN code. %n try left.</numerusform>
            <numerusform>Wrong PIN code. %n tries left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n seconds before trying again.</source>
        <translation>
            <numerusform>Wait %n second before trying again.</numerusform>
            <numerusform>Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN code was wrong %n times. The key has been destroyed.</source>
        <translation>
            <numerusform>The PIN code was wrong %n time. The key has been destroyed.</numerusform>
            <numerusform>The PIN code was wrong %n times. The key has been destroyed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a PIN code of at least %n digits, not all the same.</source>
        <translation>
            <numerusform>Choose a PIN code of at least %n digit.</numerusform>
            <numerusform>Choose a PIN code of at least %n digits, not all the same.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database on this device is damaged and cannot be opened.</source>
        <translation>The database on this device is damaged and cannot be opened.</translation>
    </message>
    <message>
        <source>The data on this device was saved by a newer version of Barntid. Update the app.</source>
        <translation>The data on this device was saved by a newer version of Barntid. Update the app.</translation>
    </message>
    <message>
        <source>The storage is full. Nothing was saved.</source>
        <translation>The storage is full. Nothing was saved.</translation>
    </message>
    <message>
        <source>The data on this device could not be read or written.</source>
        <translation>The data on this device could not be read or written.</translation>
    </message>
    <message>
        <source>Barntid is locked. Unlock it with your PIN code.</source>
        <translation>Barntid is locked. Unlock it with your PIN code.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again.</source>
        <translation>Something went wrong. Try again.</translation>
    </message>
    <message numerus="yes">
        <source>After %1 wrong tries the key is destroyed and %n change(s) not yet synced will be lost.</source>
        <translation>
            <numerusform>After %1 wrong tries the key is destroyed and %n change not yet synced will be lost.</numerusform>
            <numerusform>After %1 wrong tries the key is destroyed and %n changes not yet synced will be lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>After %1 wrong tries the key is destroyed. Everything had been synced when Barntid was locked.</source>
        <translation>After %1 wrong tries the key is destroyed. Everything had been synced when Barntid was locked.</translation>
    </message>
    <message>
        <source>After %1 wrong tries the key is destroyed and anything not yet synced is lost.</source>
        <translation>After %1 wrong tries the key is destroyed and anything not yet synced is lost.</translation>
    </message>
    <message>
        <source>The PIN codes do not match.</source>
        <translation>The PIN codes do not match.</translation>
    </message>
    <message>
        <source>This device&apos;s key storage no longer has the key to Barntid&apos;s data, so it cannot be opened here. No PIN try was used. Contact IT support.</source>
        <translation>This device&apos;s key storage no longer has the key to Barntid&apos;s data, so it cannot be opened here. No PIN try was used. Contact IT support.</translation>
    </message>
    <message>
        <source>This device&apos;s key storage did not answer. No PIN try was used. Try again.</source>
        <translation>This device&apos;s key storage did not answer. No PIN try was used. Try again.</translation>
    </message>
    <message>
        <source>The key is protected by your PIN code and also by this device&apos;s key storage.</source>
        <translation>The key is protected by your PIN code and also by this device&apos;s key storage.</translation>
    </message>
    <message>
        <source>The key is protected by your PIN code only: this device has no key storage that Barntid can use.</source>
        <translation>The key is protected by your PIN code only: this device has no key storage that Barntid can use.</translation>
    </message>
    <message>
        <source>The key is protected by your PIN code. From the next unlock it is also protected by this device&apos;s key storage.</source>
        <translation>The key is protected by your PIN code. From the next unlock it is also protected by this device&apos;s key storage.</translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <source>New meeting time</source>
        <translation>New meeting time</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Video meeting</source>
        <translation>Video meeting</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>e.g. Socialkontoret, Storgatan 1</source>
        <translation>e.g. Socialkontoret, Storgatan 1</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Video link</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Syncing</translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync with the server</source>
        <translation>Sync with the server</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <source>Sign in to sync</source>
        <translation>Sign in to sync</translation>
    </message>
    <message>
        <source>Your work is saved on this tablet. Sign in to the municipality&apos;s server to send it there and to get your cases.</source>
        <translation>Your work is saved on this tablet. Sign in to the municipality&apos;s server to send it there and to get your cases.</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in has expired. %n change(s) are kept on this tablet and are sent once you have signed in again. Nothing is lost.</source>
        <translation>
            <numerusform>The sign-in has expired. %n change is kept on this tablet and is sent once you have signed in again. Nothing is lost.</numerusform>
            <numerusform>The sign-in has expired. %n changes are kept on this tablet and are sent once you have signed in again. Nothing is lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in has expired. Sign in again to keep syncing.</source>
        <translation>The sign-in has expired. Sign in again to keep syncing.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>e.g. https://barntid.kommun.se</source>
        <translation>e.g. https://barntid.kommun.se</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Signing in …</source>
        <translation>Signing in …</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>Another account signed in: the previous account&apos;s data was removed from this tablet.</source>
        <translation>Another account signed in: the previous account&apos;s data was removed from this tablet.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not on the server yet</source>
        <translation>
            <numerusform>%n change not on the server yet</numerusform>
            <numerusform>%n changes not on the server yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Safe to leave: nothing is kept only on this tablet.</source>
        <translation>Safe to leave: nothing is kept only on this tablet.</translation>
    </message>
    <message>
        <source>Sending now. Stay connected until the receipt is shown.</source>
        <translation>Sending now. Stay connected until the receipt is shown.</translation>
    </message>
    <message>
        <source>They are kept on this tablet and are sent as soon as there is a connection.</source>
        <translation>They are kept on this tablet and are sent as soon as there is a connection.</translation>
    </message>
    <message>
        <source>Syncing …</source>
        <translation>Syncing …</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Needs attention (%1)</translation>
    </message>
    <message>
        <source>The server did not take these changes. Your versions are kept on this tablet.</source>
        <translation>The server did not take these changes. Your versions are kept on this tablet.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>The server did not accept %n change(s): see below. Nothing is deleted from this tablet.</source>
        <translation>
            <numerusform>The server did not accept %n change: see below. Nothing is deleted from this tablet.</numerusform>
            <numerusform>The server did not accept %n changes: see below. Nothing is deleted from this tablet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent stay on the device and are sent once you have signed in again.</source>
        <translation>
            <numerusform>%n change not yet sent stays on the device and is sent once you have signed in again.</numerusform>
            <numerusform>%n changes not yet sent stay on the device and are sent once you have signed in again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is on the server. To sync again you sign in with your password.</source>
        <translation>Everything is on the server. To sync again you sign in with your password.</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Sign out?</translation>
    </message>
    <message>
        <source>Take the server&apos;s version?</source>
        <translation>Take the server&apos;s version?</translation>
    </message>
    <message>
        <source>This device&apos;s version of %1 is deleted, and the server&apos;s version takes its place. This cannot be undone.</source>
        <translation>This device&apos;s version of %1 is deleted, and the server&apos;s version takes its place. This cannot be undone.</translation>
    </message>
    <message>
        <source>Take the server&apos;s version</source>
        <translation>Take the server&apos;s version</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting – no connection</source>
        <translation>
            <numerusform>%n change waiting – no connection</numerusform>
            <numerusform>%n changes waiting – no connection</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncProblemRow</name>
    <message>
        <source>Saved on this device %1</source>
        <translation>Saved on this device %1</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>The server</translation>
    </message>
    <message>
        <source>Fetching the server&apos;s version …</source>
        <translation>Fetching the server&apos;s version …</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Show the server&apos;s version</source>
        <translation>Show the server&apos;s version</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take the server&apos;s version</source>
        <translation>Take the server&apos;s version</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>No connection to the server. Your changes are saved on this tablet and are sent when the connection is back.</source>
        <translation>No connection to the server. Your changes are saved on this tablet and are sent when the connection is back.</translation>
    </message>
    <message>
        <source>The server has a problem right now. Your changes are saved here and are sent later.</source>
        <translation>The server has a problem right now. Your changes are saved here and are sent later.</translation>
    </message>
    <message>
        <source>Sign in again to send your changes. Nothing is lost meanwhile.</source>
        <translation>Sign in again to send your changes. Nothing is lost meanwhile.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a while and try again.</source>
        <translation>Too many attempts. Wait a while and try again.</translation>
    </message>
    <message>
        <source>This tablet has been wiped by the administrator.</source>
        <translation>This tablet has been wiped by the administrator.</translation>
    </message>
    <message>
        <source>This tablet holds unsent work of another account. That account must sign in and send it first.</source>
        <translation>This tablet holds unsent work of another account. That account must sign in and send it first.</translation>
    </message>
    <message>
        <source>The server has given this tablet&apos;s registration to another account. Your unsent changes are kept here; contact IT support.</source>
        <translation>The server has given this tablet&apos;s registration to another account. Your unsent changes are kept here; contact IT support.</translation>
    </message>
    <message>
        <source>IT has blocked this tablet. Your unsent changes stay here; contact IT support to unblock it.</source>
        <translation>IT has blocked this tablet. Your unsent changes stay here; contact IT support to unblock it.</translation>
    </message>
    <message>
        <source>This account has nothing to sync on a tablet.</source>
        <translation>This account has nothing to sync on a tablet.</translation>
    </message>
    <message>
        <source>The tablet could not save what came from the server (is the storage full?). Nothing was lost; the sync tries again later.</source>
        <translation>The tablet could not save what came from the server (is the storage full?). Nothing was lost; the sync tries again later.</translation>
    </message>
    <message>
        <source>The sync failed and is tried again later. Your changes are kept.</source>
        <translation>The sync failed and is tried again later. Your changes are kept.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>Child time</source>
        <translation>Child time</translation>
    </message>
    <message>
        <source>Foster-home contact</source>
        <translation>Foster-home contact</translation>
    </message>
    <message>
        <source>Time entry</source>
        <translation>Time entry</translation>
    </message>
    <message>
        <source>Foster home</source>
        <translation>Foster home</translation>
    </message>
    <message>
        <source>Bookable time</source>
        <translation>Bookable time</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Everything is on the server (%1)</source>
        <translation>Everything is on the server (%1)</translation>
    </message>
    <message numerus="yes">
        <source>All %n changes are on the server (%1)</source>
        <translation>
            <numerusform>%n change is on the server (%1)</numerusform>
            <numerusform>All %n changes are on the server (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1, received %2 …</source>
        <translation>Sent %1, received %2 …</translation>
    </message>
    <message>
        <source>Never synced on this tablet</source>
        <translation>Never synced on this tablet</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Last synced %1</translation>
    </message>
    <message>
        <source>The server has no version of this record that you may see: it was removed, or the case has been moved to another social worker.</source>
        <translation>The server has no version of this record that you may see: it was removed, or the case has been moved to another social worker.</translation>
    </message>
    <message>
        <source>No connection to the server. Try again when the connection is back.</source>
        <translation>No connection to the server. Try again when the connection is back.</translation>
    </message>
    <message>
        <source>Sign in again to see the server&apos;s version.</source>
        <translation>Sign in again to see the server&apos;s version.</translation>
    </message>
    <message>
        <source>Child&apos;s answers</source>
        <translation>Child&apos;s answers</translation>
    </message>
</context>
<context>
    <name>TeamAttentionCard</name>
    <message>
        <source>To follow up</source>
        <translation>To follow up</translation>
    </message>
    <message>
        <source>Foster children due for a visit (%1)</source>
        <translation>Foster children due for a visit (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Open the case.</source>
        <translation>Open the case.</translation>
    </message>
    <message>
        <source>No foster child is due for a visit.</source>
        <translation>No foster child is due for a visit.</translation>
    </message>
    <message>
        <source>Foster homes without training or supervision (%1)</source>
        <translation>Foster homes without training or supervision (%1)</translation>
    </message>
    <message>
        <source>Every foster home has been offered training and has supervision.</source>
        <translation>Every foster home has been offered training and has supervision.</translation>
    </message>
    <message>
        <source>Devices not synced for 48 hours (%1)</source>
        <translation>Devices not synced for 48 hours (%1)</translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation>Unnamed device</translation>
    </message>
    <message>
        <source>Every device of the team has synced in the last 48 hours.</source>
        <translation>Every device of the team has synced in the last 48 hours.</translation>
    </message>
</context>
<context>
    <name>TeamCasePage</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Back to the team</source>
        <translation>Back to the team</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>No visits on this device.</source>
        <translation>No visits on this device.</translation>
    </message>
    <message>
        <source>Journal notes as PDF</source>
        <translation>Journal notes as PDF</translation>
    </message>
</context>
<context>
    <name>TeamCategoriesCard</name>
    <message>
        <source>Time by category</source>
        <translation>Time by category</translation>
    </message>
    <message>
        <source>The whole team. Child time inside a visit counts in both.</source>
        <translation>The whole team. Child time inside a visit counts in both.</translation>
    </message>
    <message>
        <source>%1, %2. Show the entries.</source>
        <translation>%1, %2. Show the entries.</translation>
    </message>
    <message>
        <source>Nothing registered in this period.</source>
        <translation>Nothing registered in this period.</translation>
    </message>
</context>
<context>
    <name>TeamDashboardText</name>
    <message>
        <source>w. %1</source>
        <translation>w. %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Whole team</translation>
    </message>
    <message>
        <source>Team member %1</source>
        <translation>Team member %1</translation>
    </message>
    <message>
        <source>%1: no registered time.</source>
        <translation>%1: no registered time.</translation>
    </message>
    <message>
        <source>%1: barntid %2, %3 with children of %4 registered.</source>
        <translation>%1: barntid %2, %3 with children of %4 registered.</translation>
    </message>
    <message>
        <source>%1 nothing registered</source>
        <translation>%1 nothing registered</translation>
    </message>
    <message>
        <source>The team&apos;s barntid per month</source>
        <translation>The team&apos;s barntid per month</translation>
    </message>
    <message>
        <source>The team&apos;s barntid per week</source>
        <translation>The team&apos;s barntid per week</translation>
    </message>
    <message>
        <source>No training offered</source>
        <translation>No training offered</translation>
    </message>
    <message>
        <source>No supervision</source>
        <translation>No supervision</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Last synced %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
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
        <translation>Back to the team</translation>
    </message>
    <message>
        <source>%1 · entries: %2</source>
        <translation>%1 · entries: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing registered in this period.</source>
        <translation>Nothing registered in this period.</translation>
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
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Barntid, the last 8 weeks</source>
        <translation>Barntid, the last 8 weeks</translation>
    </message>
    <message>
        <source>Barntid, the last 6 months</source>
        <translation>Barntid, the last 6 months</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Whole team</translation>
    </message>
    <message>
        <source>Each worker</source>
        <translation>Each worker</translation>
    </message>
</context>
<context>
    <name>TeamWorkersCard</name>
    <message>
        <source>Barntid per worker</source>
        <translation>Barntid per worker</translation>
    </message>
    <message>
        <source>Time with children ÷ registered time. Overlapping time counts once.</source>
        <translation>Time with children ÷ registered time. Overlapping time counts once.</translation>
    </message>
    <message>
        <source>%1 with children of %2</source>
        <translation>%1 with children of %2</translation>
    </message>
    <message>
        <source>No registered time</source>
        <translation>No registered time</translation>
    </message>
    <message>
        <source>Show the entries.</source>
        <translation>Show the entries.</translation>
    </message>
</context>
<context>
    <name>TimeEntryDialog</name>
    <message>
        <source>New time entry</source>
        <translation>New time entry</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>TodayCard</name>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message numerus="yes">
        <source>%n more drafts not signed: they are in their cases.</source>
        <translation>
            <numerusform>%n more draft not signed: it is in its case.</numerusform>
            <numerusform>%n more drafts not signed: they are in their cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>Protected identity</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Foster home visit</source>
        <translation>Foster home visit</translation>
    </message>
    <message>
        <source>School visit</source>
        <translation>School visit</translation>
    </message>
    <message>
        <source>Office meeting</source>
        <translation>Office meeting</translation>
    </message>
    <message>
        <source>Video meeting</source>
        <translation>Video meeting</translation>
    </message>
    <message>
        <source>Other visit</source>
        <translation>Other visit</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>The case number is missing.</source>
        <translation>The case number is missing.</translation>
    </message>
    <message>
        <source>The case number is too long.</source>
        <translation>The case number is too long.</translation>
    </message>
    <message>
        <source>The child&apos;s name is missing.</source>
        <translation>The child&apos;s name is missing.</translation>
    </message>
    <message>
        <source>The child&apos;s name is too long.</source>
        <translation>The child&apos;s name is too long.</translation>
    </message>
    <message>
        <source>The birth year must be between 1980 and 2100.</source>
        <translation>The birth year must be between 1980 and 2100.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>The text is too long.</translation>
    </message>
    <message>
        <source>Write the amendment first.</source>
        <translation>Write the amendment first.</translation>
    </message>
    <message>
        <source>The amendment is too long.</source>
        <translation>The amendment is too long.</translation>
    </message>
    <message>
        <source>The app is locked. Unlock it and try again.</source>
        <translation>The app is locked. Unlock it and try again.</translation>
    </message>
    <message>
        <source>A signed visit cannot be changed. Add an amendment instead.</source>
        <translation>A signed visit cannot be changed. Add an amendment instead.</translation>
    </message>
    <message>
        <source>The record no longer exists on this device.</source>
        <translation>The record no longer exists on this device.</translation>
    </message>
    <message>
        <source>The device is full. Free some space; nothing typed has been lost yet.</source>
        <translation>The device is full. Free some space; nothing typed has been lost yet.</translation>
    </message>
    <message>
        <source>Some information is missing or not valid.</source>
        <translation>Some information is missing or not valid.</translation>
    </message>
    <message>
        <source>Could not save. Try again; if it keeps failing, contact IT support.</source>
        <translation>Could not save. Try again; if it keeps failing, contact IT support.</translation>
    </message>
    <message>
        <source>The child alone</source>
        <translation>The child alone</translation>
    </message>
    <message>
        <source>The child with the foster parents</source>
        <translation>The child with the foster parents</translation>
    </message>
    <message>
        <source>The child with parents or other adults</source>
        <translation>The child with parents or other adults</translation>
    </message>
    <message>
        <source>The child was not present</source>
        <translation>The child was not present</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Barntid is locked</source>
        <translation>Barntid is locked</translation>
    </message>
    <message>
        <source>Enter your PIN code to open the information on this tablet.</source>
        <translation>Enter your PIN code to open the information on this tablet.</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>PIN code</translation>
    </message>
    <message numerus="yes">
        <source>%n tries left.</source>
        <translation>
            <numerusform>%n try left.</numerusform>
            <numerusform>%n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the PIN code…</source>
        <translation>Checking the PIN code…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Press and hold to unlock</source>
        <translation>Press and hold to unlock</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>Give the tablet back to your social worker, who presses and holds the button below.</source>
        <translation>Give the tablet back to your social worker, who presses and holds the button below.</translation>
    </message>
</context>
<context>
    <name>VisitActionBar</name>
    <message>
        <source>Barntid in this visit %1</source>
        <translation>Barntid in this visit %1</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Start barntid</source>
        <translation>Start barntid</translation>
    </message>
    <message>
        <source>Stop barntid</source>
        <translation>Stop barntid</translation>
    </message>
    <message>
        <source>Stop barntid, running %1</source>
        <translation>Stop barntid, running %1</translation>
    </message>
</context>
<context>
    <name>VisitNotesCard</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What happened during the visit</source>
        <translation>What happened during the visit</translation>
    </message>
    <message>
        <source>The child&apos;s own words</source>
        <translation>The child&apos;s own words</translation>
    </message>
    <message>
        <source>What the child said, in the child&apos;s words</source>
        <translation>What the child said, in the child&apos;s words</translation>
    </message>
    <message>
        <source>BBIC areas</source>
        <translation>BBIC areas</translation>
    </message>
    <message>
        <source>The child&apos;s needs</source>
        <translation>The child&apos;s needs</translation>
    </message>
    <message>
        <source>Parenting capacity</source>
        <translation>Parenting capacity</translation>
    </message>
    <message>
        <source>Family and environment</source>
        <translation>Family and environment</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Back to the visit</source>
        <translation>Back to the visit</translation>
    </message>
    <message>
        <source>Not ready to sign</source>
        <translation>Not ready to sign</translation>
    </message>
    <message>
        <source>Sign anyway</source>
        <translation>Sign anyway</translation>
    </message>
    <message>
        <source>Signing %1.</source>
        <translation>Signing %1.</translation>
    </message>
    <message>
        <source>checks you out now</source>
        <translation>checks you out now</translation>
    </message>
    <message>
        <source>locks the visit: corrections are then added as amendments below it</source>
        <translation>locks the visit: corrections are then added as amendments below it</translation>
    </message>
    <message>
        <source>stops barntid (now %1)</source>
        <translation>stops barntid (now %1)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Sign the visit?</source>
        <translation>Sign the visit?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Back to the case</source>
        <translation>Back to the case</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Who is present</source>
        <translation>Who is present</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Check out</translation>
    </message>
    <message>
        <source>Checked in %1</source>
        <translation>Checked in %1</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Not checked in</translation>
    </message>
    <message>
        <source>Checked out %1</source>
        <translation>Checked out %1</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>School visit</source>
        <translation>School visit</translation>
    </message>
    <message>
        <source>Office meeting</source>
        <translation>Office meeting</translation>
    </message>
    <message>
        <source>Video meeting</source>
        <translation>Video meeting</translation>
    </message>
    <message>
        <source>Other visit</source>
        <translation>Other visit</translation>
    </message>
    <message>
        <source>Kind of visit: %1</source>
        <translation>Kind of visit: %1</translation>
    </message>
    <message>
        <source>Check in: records the arrival time and, where allowed, the position</source>
        <translation>Check in: records the arrival time and, where allowed, the position</translation>
    </message>
    <message>
        <source>Check out: records the departure time and, where allowed, the position</source>
        <translation>Check out: records the departure time and, where allowed, the position</translation>
    </message>
    <message>
        <source>Back to the foster home</source>
        <translation>Back to the foster home</translation>
    </message>
    <message>
        <source>Foster home visit</source>
        <translation>Foster home visit</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
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
            <numerusform>%n amendment</numerusform>
            <numerusform>%n amendments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitSignedCard</name>
    <message>
        <source>Signed %1. The visit can no longer be changed.</source>
        <translation>Signed %1. The visit can no longer be changed.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(no note)</translation>
    </message>
    <message>
        <source>The child&apos;s own words</source>
        <translation>The child&apos;s own words</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>BBIC: %1</source>
        <translation>BBIC: %1</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <source>Amendment signed %1</source>
        <translation>Amendment signed %1</translation>
    </message>
    <message>
        <source>No amendments.</source>
        <translation>No amendments.</translation>
    </message>
    <message>
        <source>Add amendment</source>
        <translation>Add amendment</translation>
    </message>
    <message>
        <source>Correction or addition to the signed visit</source>
        <translation>Correction or addition to the signed visit</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Checked in and out</source>
        <translation>Checked in and out</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Kind of visit</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
</context>
<context>
    <name>VisitSurveysCard</name>
    <message>
        <source>The child&apos;s answers</source>
        <translation>The child&apos;s answers</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Let the child answer</source>
        <translation>Let the child answer</translation>
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
        <translation>Phone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Time with the child</source>
        <translation>Time with the child</translation>
    </message>
    <message>
        <source>Running, %1, %2</source>
        <translation>Running, %1, %2</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>%1 · total %2</source>
        <translation>%1 · total %2</translation>
    </message>
    <message>
        <source>Total time with the child</source>
        <translation>Total time with the child</translation>
    </message>
    <message>
        <source>Stop barntid</source>
        <translation>Stop barntid</translation>
    </message>
    <message>
        <source>Start barntid</source>
        <translation>Start barntid</translation>
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
        <translation>Registered time</translation>
    </message>
    <message>
        <source>With children</source>
        <translation>With children</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>My week</source>
        <translation>My week</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>New time entry</source>
        <translation>New time entry</translation>
    </message>
    <message>
        <source>Time log</source>
        <translation>Time log</translation>
    </message>
    <message>
        <source>%1 with children of %2 registered time</source>
        <translation>%1 with children of %2 registered time</translation>
    </message>
    <message>
        <source>Overlapping time counts once. Time with children counts as registered time.</source>
        <translation>Overlapping time counts once. Time with children counts as registered time.</translation>
    </message>
    <message>
        <source>%1, %2–%3, %4</source>
        <translation>%1, %2–%3, %4</translation>
    </message>
    <message>
        <source>from a visit</source>
        <translation>from a visit</translation>
    </message>
    <message>
        <source>%1–%2 · %3</source>
        <translation>%1–%2 · %3</translation>
    </message>
    <message>
        <source>From visit</source>
        <translation>From visit</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove %1, %2–%3</source>
        <translation>Remove %1, %2–%3</translation>
    </message>
    <message>
        <source>Nothing registered this week. Visits appear here by themselves; add other work with “New time entry”.</source>
        <translation>Nothing registered this week. Visits appear here by themselves; add other work with “New time entry”.</translation>
    </message>
    <message>
        <source>%1, %2–%3 (%4) is removed from the week.</source>
        <translation>%1, %2–%3 (%4) is removed from the week.</translation>
    </message>
    <message>
        <source>Remove the time entry?</source>
        <translation>Remove the time entry?</translation>
    </message>
</context>
<context>
    <name>WeekText</name>
    <message>
        <source>Time from a visit is changed in the visit.</source>
        <translation>Time from a visit is changed in the visit.</translation>
    </message>
    <message>
        <source>Child time, %1</source>
        <translation>Child time, %1</translation>
    </message>
    <message>
        <source>Child contact</source>
        <translation>Child contact</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>Family contact</translation>
    </message>
    <message>
        <source>Foster home contact</source>
        <translation>Foster home contact</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Week %1, %2</translation>
    </message>
    <message>
        <source>Barntid %1 %</source>
        <translation>Barntid %1 %</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>The end must be after the start.</translation>
    </message>
    <message>
        <source>Give a valid start time.</source>
        <translation>Give a valid start time.</translation>
    </message>
    <message>
        <source>One time entry can be at most 24 hours.</source>
        <translation>One time entry can be at most 24 hours.</translation>
    </message>
    <message>
        <source>Give a valid end time.</source>
        <translation>Give a valid end time.</translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation>The note is too long.</translation>
    </message>
    <message>
        <source>%1: %2 with children of %3</source>
        <translation>%1: %2 with children of %3</translation>
    </message>
    <message>
        <source>%1: %2 with children of %3 registered.</source>
        <translation>%1: %2 with children of %3 registered.</translation>
    </message>
</context>
<context>
    <name>barntid::AccessLogModel</name>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Visit in case %1</source>
        <translation>Visit in case %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>Unknown user</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>This device</translation>
    </message>
</context>
<context>
    <name>barntid::CheckInPosition</name>
    <message>
        <source>Finding position…</source>
        <translation>Finding position…</translation>
    </message>
    <message>
        <source>Position ±%1 m</source>
        <translation>Position ±%1 m</translation>
    </message>
    <message>
        <source>Position saved (accuracy unknown)</source>
        <translation>Position saved (accuracy unknown)</translation>
    </message>
    <message>
        <source>No position (continuing without)</source>
        <translation>No position (continuing without)</translation>
    </message>
    <message>
        <source>Position not stored (protected identity)</source>
        <translation>Position not stored (protected identity)</translation>
    </message>
</context>
<context>
    <name>barntid::ChildVoicesModel</name>
    <message>
        <source>Quarter %1 %2</source>
        <translation>Quarter %1 %2</translation>
    </message>
    <message>
        <source>Wrote an answer</source>
        <translation>Wrote an answer</translation>
    </message>
    <message>
        <source>Whole municipality</source>
        <translation>Whole municipality</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>Your team</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Not shown</translation>
    </message>
    <message>
        <source>All who answered</source>
        <translation>All who answered</translation>
    </message>
</context>
<context>
    <name>barntid::JournalShare</name>
    <message>
        <source>Not in the journal yet: the nightly export takes the note once it is on the server.</source>
        <translation>Not in the journal yet: the nightly export takes the note once it is on the server.</translation>
    </message>
    <message>
        <source>In the journal since %1. The latest amendment goes with the next export.</source>
        <translation>In the journal since %1. The latest amendment goes with the next export.</translation>
    </message>
    <message>
        <source>In the journal since %1.</source>
        <translation>In the journal since %1.</translation>
    </message>
    <message>
        <source>This device has no app that opens PDF documents.</source>
        <translation>This device has no app that opens PDF documents.</translation>
    </message>
    <message>
        <source>No note of this case is in the journal yet; the nightly export sends them.</source>
        <translation>No note of this case is in the journal yet; the nightly export sends them.</translation>
    </message>
    <message>
        <source>Only a signed note goes to the journal.</source>
        <translation>Only a signed note goes to the journal.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Try again when the device is online.</source>
        <translation>The server cannot be reached. Try again when the device is online.</translation>
    </message>
    <message>
        <source>Sign in to the server first (Sync), then try again.</source>
        <translation>Sign in to the server first (Sync), then try again.</translation>
    </message>
    <message>
        <source>The note is not on the server yet. Sync first, then try again.</source>
        <translation>The note is not on the server yet. Sync first, then try again.</translation>
    </message>
    <message>
        <source>Your account may not share this note.</source>
        <translation>Your account may not share this note.</translation>
    </message>
    <message>
        <source>The document could not be fetched. Try again; if it keeps failing, contact IT support.</source>
        <translation>The document could not be fetched. Try again; if it keeps failing, contact IT support.</translation>
    </message>
</context>
<context>
    <name>barntid::ReviewEntry</name>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Kind of visit</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Signed by %1</translation>
    </message>
    <message>
        <source>Registered by %1</source>
        <translation>Registered by %1</translation>
    </message>
    <message>
        <source>Amendment by %1</source>
        <translation>Amendment by %1</translation>
    </message>
    <message>
        <source>%1 by %2 (version %3)</source>
        <translation>%1 by %2 (version %3)</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <source>Write what the social worker should correct or add.</source>
        <translation>Write what the social worker should correct or add.</translation>
    </message>
</context>
<context>
    <name>barntid::ScheduleModel</name>
    <message>
        <source>Week %1, %2</source>
        <translation>Week %1, %2</translation>
    </message>
</context>
<context>
    <name>barntid::Session</name>
    <message>
        <source>Wrong PIN code.</source>
        <translation>Wrong PIN code.</translation>
    </message>
</context>
<context>
    <name>barntid::Shell</name>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Foster homes</source>
        <translation>Foster homes</translation>
    </message>
    <message>
        <source>My week</source>
        <translation>My week</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Child answers</source>
        <translation>Child answers</translation>
    </message>
</context>
<context>
    <name>barntid::SyncController</name>
    <message>
        <source>The server address must start with https://</source>
        <translation>The server address must start with https://</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Syncing …</source>
        <translation>Syncing …</translation>
    </message>
    <message numerus="yes">
        <source>%n changes need attention</source>
        <translation>
            <numerusform>%n change needs attention</numerusform>
            <numerusform>%n changes need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes not on the server yet</source>
        <translation>
            <numerusform>%n change not on the server yet</numerusform>
            <numerusform>%n changes not on the server yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
</context>
<context>
    <name>barntid::TodayModel</name>
    <message>
        <source>%1 planned at %2</source>
        <translation>%1 planned at %2</translation>
    </message>
    <message>
        <source>Draft from %1 · not signed</source>
        <translation>Draft from %1 · not signed</translation>
    </message>
    <message>
        <source>Draft, started at %1 · not signed</source>
        <translation>Draft, started at %1 · not signed</translation>
    </message>
    <message>
        <source>Follow-up due today</source>
        <translation>Follow-up due today</translation>
    </message>
    <message>
        <source>Follow-up overdue since %1</source>
        <translation>Follow-up overdue since %1</translation>
    </message>
    <message>
        <source>Placed in %1, never visited</source>
        <translation>Placed in %1, never visited</translation>
    </message>
    <message>
        <source>Visit overdue since %1</source>
        <translation>Visit overdue since %1</translation>
    </message>
    <message>
        <source>Returned to you: “%1”</source>
        <translation>Returned to you: “%1”</translation>
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
        <translation>The child&apos;s own words are empty.</translation>
    </message>
    <message>
        <source>Write what happened before signing: an empty visit cannot be signed.</source>
        <translation>Write what happened before signing: an empty visit cannot be signed.</translation>
    </message>
</context>
<context>
    <name>barntid::VisitSurveys</name>
    <message>
        <source>A child</source>
        <translation>A child</translation>
    </message>
    <message>
        <source>Protected identity</source>
        <translation>Protected identity</translation>
    </message>
    <message>
        <source>Did not want to answer</source>
        <translation>Did not want to answer</translation>
    </message>
    <message>
        <source>Very bad</source>
        <translation>Very bad</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Bad</translation>
    </message>
    <message>
        <source>So-so</source>
        <translation>So-so</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Very good</translation>
    </message>
    <message>
        <source>%1 (%2 of 5)</source>
        <translation>%1 (%2 of 5)</translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <translation>%1–%2 years</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Not finished</translation>
    </message>
</context>
</TS>
