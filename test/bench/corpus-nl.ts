import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Dutch comments for benchmarks: the longer, multi-sentence reviews below plus every
 * sentence of the labelled Dutch sets (test/fixtures/dutch), so timings see both the
 * one-liners of a survey export and the paragraphs of a review site.
 */
const LONG_REVIEWS = [
  'Zondag besteld, maandag al in huis. Alles zat er in en was goed verpakt. Alleen jammer dat de bon ontbrak, maar na een mailtje kreeg ik die binnen een uur toegestuurd.',
  'Ik ben al jaren klant en nooit problemen gehad. Vorige maand ging er iets mis met de automatische incasso, maar de klantenservice heeft het netjes opgelost. Dikke aanrader!',
  'Wat een teleurstelling. De foto\'s op de site zien er prachtig uit, maar in het echt is de kamer klein, gedateerd en gehorig. Het ontbijt was wel prima.',
  'De app is overzichtelijk en betalen gaat snel. Sinds de laatste update crasht hij alleen regelmatig bij het openen van mijn overzicht. Graag oplossen!',
  'Na drie weken wachten nog steeds geen pakket. Track & trace zegt al tien dagen "onderweg". Klantenservice verwijst naar de vervoerder, de vervoerder naar de winkel. Nooit meer.',
  'Heerlijk gegeten met vrienden. Het voorgerecht was wat aan de kleine kant, maar het hoofdgerecht en het dessert maakten alles goed. Bediening vriendelijk en attent.',
  'Overgestapt vanwege de lage tarieven. Het overstappen ging soepel, maar het voorschotbedrag is nu ineens veel hoger dan beloofd. Niemand kan me uitleggen waarom.',
  'Snelle levering, goede prijs, netjes verpakt. Kortom: precies zoals het hoort. Volgende keer bestel ik hier weer.',
  'Mijn internet valt elke avond rond acht uur weg. Monteur is twee keer geweest en zegt dat alles in orde is. Ik betaal voor iets wat niet werkt.',
  'Erg fijn hotel op loopafstand van het centrum. Schone kamers, goed bed en een uitgebreid ontbijt. Parkeren is wel duur, €25 per nacht.',
  'Ik had een vraag over mijn hypotheek en werd binnen vijf minuten teruggebeld. De adviseur nam echt de tijd voor me. Zo hoort service te zijn.',
  'Product op zich is prima, maar de levering duurde veel langer dan aangegeven. Er werd 1-2 werkdagen beloofd, het werden er acht.',
  'Bestelling kwam compleet aan, maar één bord was gebroken. Foto gestuurd en binnen twee dagen lag er een nieuwe op de mat, zonder gedoe. Top!',
  'De chatbot begrijpt werkelijk niets van mijn vraag en een medewerker spreken lukt alleen tussen 9 en 17 uur. Voor een bank in 2026 is dat echt niet meer van deze tijd.',
  'Leuke winkel, aardige mensen, maar de prijzen zijn de laatste tijd flink gestegen. Ik twijfel of ik er nog zo vaak heen ga.',
  'Pizza was lauw toen hij aankwam en de bezorger had geen wisselgeld. Smaak was verder goed hoor.',
  'Ik gebruik de app dagelijks om mijn verbruik te checken. Werkt prima, alleen de grafieken laden soms traag. Verder geen klagen.',
  'Vreselijke ervaring. Kamer rook naar rook, handdoeken waren vies en bij de receptie haalden ze hun schouders op. Blijf hier weg!',
  'Super vriendelijk ontvangen en heel goed geholpen bij het kiezen van een nieuwe telefoon. Geen opdringerige verkooppraat, gewoon eerlijk advies.',
  'Het abonnement opzeggen was een drama: drie keer bellen, twee keer een formulier invullen en nog steeds een incasso de maand erna.',
  'Niet slecht, niet geweldig. De jas zit goed maar de rits voelt wat goedkoop aan. Voor de prijs kan je niet veel meer verwachten.',
  'Snel geleverd en prima kwaliteit! Mijn dochter is er super blij mee 😊',
  'Medewerkster aan de telefoon was erg geduldig en heeft alles stap voor stap uitgelegd. Probleem opgelost binnen tien minuten. Bedankt Fatima!',
  'De wachttijd aan de telefoon was 47 minuten. Toen ik eindelijk iemand sprak werd ik doorverbonden en viel de verbinding weg. Belachelijk.',
  'We kwamen voor het eerst en zeker niet voor het laatst. Gezellige sfeer, goede wijnkaart en de kok kwam zelfs even langs de tafel.',
  'Mijn pakket werd afgeleverd op een adres twee straten verderop. Gelukkig eerlijke buren, maar de bezorger heeft dus gewoon geen idee gehad.',
  'Ik ben tevreden over de energieprijzen, maar de jaarafrekening kwam drie maanden te laat en klopte niet. Na een mail is het rechtgezet.',
  'Prima hotel voor een nacht, niks bijzonders. Bed was oké, ontbijt standaard.',
  'De nieuwe versie van de app is een stuk sneller en het inloggen met vingerafdruk werkt eindelijk goed. Complimenten aan het team!',
  'Bestelde maat 40, kreeg maat 44. Retourneren moest op eigen kosten. Zonde van mijn tijd en geld.',
  'Goede service, snelle reactie en ze denken echt mee. Ik heb ze al aan mijn collega\'s aangeraden.',
  'Het eten was lekker maar we hebben anderhalf uur op ons hoofdgerecht gewacht. Excuses werden wel aangeboden, dat scheelt.',
  'Klantenservice via WhatsApp is echt een uitkomst. Binnen een kwartier antwoord, ook in het weekend.',
  'Helaas een kapotte lamp ontvangen. Contact opgenomen, maar ik moet hem eerst zelf terugsturen voordat ze een nieuwe sturen. Omslachtig.',
  'Al 12 jaar klant bij deze bank en nog nooit een reden gehad om over te stappen. Betrouwbaar en duidelijk.',
  'Mijn bestelling werd zonder bericht geannuleerd omdat het artikel uitverkocht was. Had dat dan meteen gemeld!',
  'Ruime kamer, fijne douche, vriendelijk personeel. De airco maakte wel veel lawaai \'s nachts.',
  'Ik snap niet dat zo\'n groot bedrijf zo\'n slechte website heeft. Betalen lukt pas na drie pogingen en je wordt steeds uitgelogd.',
  'Wat een service! Ik was mijn oplader vergeten in de kamer en ze hebben hem gratis nagestuurd.',
  'Eerlijk gezegd viel het me mee. Na alle slechte reviews had ik het ergste verwacht, maar alles kwam keurig op tijd.',
];

function labelledSentences(file: string): string[] {
  const path = fileURLToPath(new URL(file, import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[1])
    .filter((text): text is string => Boolean(text));
}

export const corpusNl: string[] = [
  ...LONG_REVIEWS,
  ...labelledSentences('../fixtures/dutch/sentences.tsv'),
  ...labelledSentences('../fixtures/dutch/holdout.tsv'),
];
