<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
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
    <name>CasePage</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>‹ Cases</source>
        <translation>‹ Cases</translation>
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
    <message>
        <source>No visits yet.</source>
        <translation>No visits yet.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
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
</context>
<context>
    <name>FosterHomesPage</name>
    <message>
        <source>Foster homes</source>
        <translation>Foster homes</translation>
    </message>
    <message>
        <source>The foster homes you are assigned to arrive in the next version.</source>
        <translation>The foster homes you are assigned to arrive in the next version.</translation>
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
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
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
        <source>Case number, e.g. 2026-0142</source>
        <translation>Case number, e.g. 2026-0142</translation>
    </message>
    <message>
        <source>Child&apos;s first name and initial</source>
        <translation>Child&apos;s first name and initial</translation>
    </message>
    <message>
        <source>First name and initial, e.g. Alva K.</source>
        <translation>First name and initial, e.g. Alva K.</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Birth year (optional)</source>
        <translation>Birth year (optional)</translation>
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
    <message>
        <source>Key protection: %1</source>
        <translation>Key protection: %1</translation>
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
        <source>Key protection: %1</source>
        <translation>Key protection: %1</translation>
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
        <source>Child alone</source>
        <translation>Child alone</translation>
    </message>
    <message>
        <source>Child with carers</source>
        <translation>Child with carers</translation>
    </message>
    <message>
        <source>Child not present</source>
        <translation>Child not present</translation>
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
        <source>A signed visit cannot be changed. Corrections are added as amendments below it.</source>
        <translation>A signed visit cannot be changed. Corrections are added as amendments below it.</translation>
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
        <source>‹ Back</source>
        <translation>‹ Back</translation>
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
    <name>WeekPage</name>
    <message>
        <source>My week</source>
        <translation>My week</translation>
    </message>
    <message>
        <source>Your week&apos;s time log and barntid share arrive in the next version.</source>
        <translation>Your week&apos;s time log and barntid share arrive in the next version.</translation>
    </message>
</context>
<context>
    <name>barntid::Session</name>
    <message>
        <source>PIN (no platform keyring)</source>
        <translation>PIN (no platform keyring)</translation>
    </message>
    <message>
        <source>PIN and %1</source>
        <translation>PIN and %1</translation>
    </message>
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
</context>
</TS>
