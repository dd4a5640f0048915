// SPDX-License-Identifier: GPL-3.0-or-later
#include "bokahtml.h"

namespace barntid::server::BokaHtml {

// The date the accessibility statement was last reviewed, as the statement must say.
const QString statementDate = QStringLiteral("2026-12-05");

QByteArray accessibility(const QString &unitName)
{
    const QString unit = esc(unitName);
    const QString body = QStringLiteral(
        "<h1>Tillgänglighetsredogörelse</h1>"
        "<p>%1 står bakom bokningssidan för familjehem (/boka). Vi vill att alla ska kunna "
        "använda den. Här beskriver vi hur sidan uppfyller lagen (2018:1937) om tillgänglighet "
        "till digital offentlig service, kända brister och hur du kan rapportera problem.</p>"
        "<h2>Hur tillgänglig är sidan?</h2>"
        "<p>Sidan är <strong>delvis förenlig</strong> med lagen och med standarden WCAG 2.1 på "
        "nivå AA. Vi skriver inte att den är helt förenlig, eftersom den inte har granskats av "
        "någon utomstående och inte har provats med alla hjälpmedel.</p>"
        "<p>Det här har vi provat, med automatiska tester i en riktig webbläsare varje gång "
        "sidan ändras:</p><ul>"
        "<li>alla fält har en synlig etikett, och felmeddelanden är kopplade till sitt fält "
        "och läses upp av skärmläsare,</li>"
        "<li>tangentbordet når alla knappar, länkar och fält i samma ordning som de står på "
        "sidan, och den som har fokus syns tydligt,</li>"
        "<li>texten har minst kontrasten 4,5:1 mot bakgrunden,</li>"
        "<li>sidan går att använda på en skärm som är 320 pixlar bred och vid 200 % förstoring "
        "utan att man behöver rulla i sidled,</li>"
        "<li>sidan fungerar utan javascript.</li></ul>"
        "<h2>Kända brister</h2><ul>"
        "<li>Sidan har inte provats med skärmläsare (till exempel NVDA, JAWS eller VoiceOver) "
        "av personer som använder dem till vardags.</li>"
        "<li>Det finns ingen information på lättläst svenska, på teckenspråk eller på andra "
        "språk än svenska.</li>"
        "<li>Kalenderfilen (.ics) öppnas i din kalender; hur tillgänglig den blir beror på "
        "kalenderprogrammet.</li></ul>"
        "<h2>Rapportera brister</h2>"
        "<p>Om något på sidan inte fungerar för dig, eller om du behöver innehållet i en annan "
        "form, kontakta %1 genom din familjehemssekreterare eller kommunens kontaktcenter. "
        "Berätta vad du försökte göra och vad som hände, så svarar vi så snart vi kan.</p>"
        "<h2>Tillsyn</h2>"
        "<p>Myndigheten för digital förvaltning (Digg) har ansvar för tillsyn enligt lagen om "
        "tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi har "
        "tagit hand om dina synpunkter kan du <a href=\"https://www.digg.se/"
        "tdosanmalan\">anmäla det till Digg</a>.</p>"
        "<h2>Hur vi har testat sidan</h2>"
        "<p>Vi har själva bedömt sidan med automatiska tester i webbläsaren Chromium och med "
        "egen granskning av koden. Redogörelsen gjordes och granskades senast den %2.</p>")
                             .arg(unit, statementDate);
    return page(QStringLiteral("Tillgänglighetsredogörelse"), body);
}

QByteArray privacy(const QString &unitName)
{
    const QString body = QStringLiteral(
        "<h1>Så behandlar vi dina personuppgifter</h1>"
        "<p>Bokningssidan används av familjehem för att boka möten med %1. "
        "Personuppgiftsansvarig är kommunens socialnämnd.</p>"
        "<h2>Vilka uppgifter sparas?</h2><ul>"
        "<li>Ditt konto: användarnamn, namn, vilket familjehem du hör till och ditt lösenord "
        "i krypterad form (som ingen kan läsa).</li>"
        "<li>Dina bokningar: tid, plats, vad mötet gäller (det du skriver), vem som bokade och om "
        "mötet är bekräftat eller avbokat, och orsaken till en avbokning.</li>"
        "<li>E-postadressen, om du skriver en, för att skicka bekräftelser om bokningen.</li>"
        "<li>Vem som loggade in och bokade och när, i en logg som skyddar uppgifterna.</li>"
        "</ul>"
        "<h2>Varför, och med vilken rätt?</h2>"
        "<p>Uppgifterna behövs för att du och din familjehemssekreterare ska kunna träffas. "
        "Den rättsliga grunden är att socialnämnden utför en uppgift av allmänt intresse och "
        "myndighetsutövning enligt socialtjänstlagen (dataskyddsförordningen artikel 6.1 e). "
        "Skriv inga uppgifter om barnet i bokningen.</p>"
        "<h2>Hur länge?</h2>"
        "<p>Bokningarna sparas så länge de behövs för uppdraget som familjehem och enligt "
        "kommunens regler för gallring av allmänna handlingar. Uppgifterna delas bara med "
        "socialtjänstens personal som arbetar med ditt familjehem.</p>"
        "<h2>Dina rättigheter</h2>"
        "<p>Du har rätt att få veta vilka uppgifter vi har om dig, att få fel rättade och i vissa "
        "fall att få uppgifter raderade eller behandlingen begränsad. Kontakta socialnämnden "
        "eller kommunens dataskyddsombud. Du kan också klaga hos Integritetsskyddsmyndigheten "
        "(IMY).</p>"
        "<h2>Kakor</h2>"
        "<p>Sidan använder bara de kakor som behövs för att du ska kunna logga in säkert och "
        "skicka formulär: en inloggningskaka som försvinner när du loggar ut eller efter en "
        "stunds inaktivitet, och en kort kaka som visar ett meddelande efter en bokning. De "
        "är nödvändiga, och därför frågar vi inte om lov. Vi använder ingen spårning, ingen "
        "statistik och inga tjänster från andra företag.</p>")
                             .arg(esc(unitName));
    return page(QStringLiteral("Personuppgifter"), body);
}

} // namespace barntid::server::BokaHtml
