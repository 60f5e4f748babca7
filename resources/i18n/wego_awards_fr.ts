<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddRoundDialog</name>
    <message>
        <location filename="../../ui/rounds.py" line="+249"/>
        <source>Add a round</source>
        <translation>Ajouter un tour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The round&apos;s code</source>
        <translation>La référence du tour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Shortlist, Final</source>
        <translation>p. ex. Présélection, Finale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The round&apos;s name</source>
        <translation>Le nom du tour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None: the previous round&apos;s criteria</source>
        <translation>Aucun&#xa0;: les critères du tour précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A criteria file of the round&apos;s own</source>
        <translation>Un fichier de critères propre au tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Code</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;riteria</source>
        <translation>&amp;Critères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the round</source>
        <translation>Ajouter le tour</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The round&apos;s criteria</source>
        <translation>Les critères du tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables</source>
        <translation>Tableaux</translation>
    </message>
</context>
<context>
    <name>AdvanceDialog</name>
    <message>
        <location line="+28"/>
        <source>Advance from {source} to {target}</source>
        <translation>Passage de {source} à {target}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How applications go on</source>
        <translation>Comment les candidatures passent au tour suivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Those the screeners passed</source>
        <translation>Celles que les examinateurs ont admises</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The top of each category</source>
        <translation>Les premières de chaque catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Those with at least a score</source>
        <translation>Celles qui atteignent une note minimale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many of each category</source>
        <translation>Combien par catégorie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lowest score that goes on</source>
        <translation>La note la plus basse qui passe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than half</source>
        <translation>plus de la moitié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of screeners who must pass it</source>
        <translation>La part des examinateurs qui doivent l&apos;admettre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rule</source>
        <translation>&amp;Règle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value</source>
        <translation>&amp;Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show the cut</source>
        <translation>&amp;Afficher la limite de sélection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the rule, then show the cut: nothing moves until you advance.</source>
        <translation>Choisissez la règle, puis affichez la limite de sélection&#xa0;: rien ne bouge tant que vous ne passez pas au tour suivant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cut, category by category</source>
        <translation>La limite de sélection, catégorie par catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score or votes</source>
        <translation>Note ou votes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goes on</source>
        <translation>Passe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Promote…</source>
        <translation>Re&amp;tenir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Demote…</source>
        <translation>&amp;Écarter…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The jury, for the selected application:</source>
        <translation>Le jury, pour la candidature sélectionnée&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Advance</source>
        <translation>&amp;Passer au tour suivant</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>▲ go on to {target}  ·  the cut  ·  stay in {source} ▼</source>
        <translation>▲ passent au tour {target}  ·  la limite de sélection  ·  restent au tour {source} ▼</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not scored</source>
        <translation>non notée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{passes} pass, {fails} fail</source>
        <translation>{passes} oui, {fails} non</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>promoted</source>
        <translation>retenue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>demoted</source>
        <translation>écartée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TIE: the jury decides</source>
        <translation>ÉGALITÉ&#xa0;: le jury décide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} applications go on to {target}.</source>
        <translation>{n} candidatures passent au tour {target}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tie at the cut: {apps}. Select each and promote or demote it, with the jury&apos;s reason, before advancing.</source>
        <translation>Égalité à la limite de sélection&#xa0;: {apps}. Sélectionnez chacune et retenez-la ou écartez-la, avec le motif du jury, avant de passer au tour suivant.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Promote {app}</source>
        <translation>Retenir {app}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demote {app}</source>
        <translation>Écarter {app}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app} goes on to the next round whatever its place. Why?</source>
        <translation>{app} passe au tour suivant quel que soit son rang. Pour quelle raison&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{app} stays out of the next round whatever its place. Why?</source>
        <translation>{app} reste hors du tour suivant quel que soit son rang. Pour quelle raison&#xa0;?</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+199"/>
        <source>Something went wrong</source>
        <translation>Une erreur s&apos;est produite</translation>
    </message>
</context>
<context>
    <name>AwardCard</name>
    <message>
        <location filename="../../ui/results.py" line="+108"/>
        <source>confidence %p%</source>
        <translation>confiance %p%</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;i&gt;not given&lt;/i&gt;</source>
        <translation>&lt;i&gt;non attribué&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>score {score} · raw mean {raw}</source>
        <translation>note {score} · moyenne brute {raw}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{award} · jury decision</source>
        <translation>{award} · décision du jury</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jury decision</source>
        <translation>Décision du jury</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The jury gave this award; the scores alone would not have.</source>
        <translation>Le jury a attribué ce prix&#xa0;; les notes seules ne l&apos;auraient pas fait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidence: the chance this is the right award, given the scores</source>
        <translation>Confiance&#xa0;: la probabilité que ce soit le bon prix, au vu des notes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>confidence {percent}%</source>
        <translation>confiance {percent}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Awards</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+45"/>
        <source>Gold</source>
        <translation>Or</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silver</source>
        <translation>Argent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special Mention</source>
        <translation>Mention spéciale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bronze</source>
        <translation>Bronze</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../ui/certificates.py" line="+72"/>
        <source>Certificates of participation (every applicant)</source>
        <translation>Certificats de participation (tous les candidats)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview again</source>
        <translation>Actualiser l&apos;aperçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export certificates…</source>
        <translation>Exporter les certificats…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificates to preview</source>
        <translation>Certificats à prévisualiser</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The PDF layer is not installed: certificates cannot be made here.</source>
        <translation>Le module PDF n&apos;est pas installé&#xa0;: impossible de produire les certificats ici.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The results are finalized: the certificates carry their verification codes and no DRAFT mark.</source>
        <translation>Les résultats sont finalisés&#xa0;: les certificats portent leur code de vérification et aucune mention PROVISOIRE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The results are not finalized yet: every certificate carries a large DRAFT mark and no valid verification code.</source>
        <translation>Les résultats ne sont pas encore finalisés&#xa0;: chaque certificat porte une grande mention PROVISOIRE et aucun code de vérification valide.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Rendering the certificates…</source>
        <translation>Rendu des certificats…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Characters no font can draw</source>
        <translation>Caractères qu&apos;aucune police ne sait tracer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print anyway</source>
        <translation>Imprimer quand même</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All certificates (for printing)</source>
        <translation>Tous les certificats (pour l&apos;impression)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} certificates previewed (DRAFT)</source>
        <translation>{n} certificats prévisualisés (PROVISOIRES)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} certificates previewed</source>
        <translation>{n} certificats prévisualisés</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export the certificates into</source>
        <translation>Exporter les certificats dans</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export cancelled; nothing half-written was kept.</source>
        <translation>Export annulé&#xa0;; aucun fichier à moitié écrit n&apos;a été conservé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} certificates written to {folder}</source>
        <translation>{n} certificats écrits dans {folder}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the certificates…</source>
        <translation>Écriture des certificats…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the results report</source>
        <translation>Exporter le rapport des résultats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report written</source>
        <translation>Rapport écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report was written to {file}.</source>
        <translation>Le rapport a été écrit dans {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report not written</source>
        <translation>Rapport non écrit</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/tablemodel.py" line="+215"/>
        <source>Code</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scored by</source>
        <translation>Notée par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Affiliation</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>Notées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Judge</source>
        <translation>Juré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge&apos;s name</source>
        <translation>Nom du juré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared by</source>
        <translation>Déclaré par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores given</source>
        <translation>Notes attribuées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descriptif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>Note min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max</source>
        <translation>Note max.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubric</source>
        <translation>Grille d&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>CommentBox</name>
    <message>
        <location filename="../../ui/scoreform.py" line="+182"/>
        <source>Your comment for the jury (optional): strengths, doubts, what would change your mind…</source>
        <translation>Votre commentaire pour le jury (facultatif)&#xa0;: points forts, doutes, ce qui vous ferait changer d&apos;avis…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="+426"/>
        <source>Declare a conflict of interest</source>
        <translation>Déclarer un conflit d&apos;intérêts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The judge</source>
        <translation>Le juré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application they must never score</source>
        <translation>La candidature qu&apos;il ne doit jamais noter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why (kept in the history), e.g. &apos;advised the city on this project&apos;</source>
        <translation>Pourquoi (conservé dans l&apos;historique), p. ex. «&#xa0;a conseillé la ville sur ce projet&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason</source>
        <translation>Le motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The judge will never see, score or be counted for this application. Scores they already gave it are cleared (the history keeps them).</source>
        <translation>Le juré ne verra plus cette candidature, ne la notera pas et ne sera pas compté pour elle. Les notes qu&apos;il lui a déjà données sont effacées (l&apos;historique les conserve).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Judge</source>
        <translation>&amp;Juré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Application</source>
        <translation>&amp;Candidature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Declare the conflict</source>
        <translation>Déclarer le conflit</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Choose the judge and the application.</source>
        <translation>Choisissez le juré et la candidature.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing else changes.</source>
        <translation>Rien d&apos;autre ne change.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;&lt;i&gt;Write the reason to go on.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Indiquez le motif pour continuer.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Declare the conflict?</source>
        <translation>Déclarer le conflit&#xa0;?</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../ui/scoreform.py" line="-97"/>
        <source>weight {weight} · {share} of the total · {low} to {high}</source>
        <translation>pondération {weight} · {share} du total · de {low} à {high}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score for {criterion}</source>
        <translation>Note pour {criterion}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Not scored yet.</source>
        <translation>Pas encore noté.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/tr_catalog.py" line="+45"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling… nothing will be kept.</source>
        <translation>Annulation… rien ne sera conservé.</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../ui/document.py" line="+55"/>
        <location line="+70"/>
        <source>No document attached to this application.</source>
        <translation>Aucun document joint à cette candidature.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Smaller (Ctrl+minus, or Ctrl+wheel)</source>
        <translation>Réduire (Ctrl+moins, ou Ctrl+molette)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger (Ctrl+plus, or Ctrl+wheel)</source>
        <translation>Agrandir (Ctrl+plus, ou Ctrl+molette)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page as wide as the pane</source>
        <translation>La page aussi large que le volet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open in viewer</source>
        <translation>Ouvrir dans la visionneuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the document in your PDF viewer</source>
        <translation>Ouvrir le document dans votre visionneuse PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The document</source>
        <translation>Le document</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Document: {file}</source>
        <translation>Document&#xa0;: {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Press “Open in viewer” to look at it in your PDF viewer.</source>
        <translation>Cliquez sur «&#xa0;Ouvrir dans la visionneuse&#xa0;» pour le consulter dans votre visionneuse PDF.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No PDF viewer here</source>
        <translation>Aucune visionneuse PDF ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program to show PDF files could be started on this computer. A copy of the document is at:

{path}

Open it from there, or use “Save a copy…” to keep it where you like.</source>
        <translation>Aucun programme d&apos;affichage des fichiers PDF n&apos;a pu être lancé sur cet ordinateur. Une copie du document se trouve ici&#xa0;:

{path}

Ouvrez-la depuis cet emplacement, ou utilisez «&#xa0;Enregistrer une copie…&#xa0;» pour la conserver où vous voulez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>EditRoundDialog</name>
    <message>
        <location filename="../../ui/rounds.py" line="-286"/>
        <source>Round {code}</source>
        <translation>Tour {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The round&apos;s name</source>
        <translation>Le nom du tour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kind can change only while nothing is scored in the round; a scoring round then takes its criteria from an import.</source>
        <translation>Le type ne peut changer que tant que rien n&apos;est noté dans le tour&#xa0;; un tour de notation prend alors ses critères d&apos;un import.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the round</source>
        <translation>Enregistrer le tour</translation>
    </message>
</context>
<context>
    <name>EditionActions</name>
    <message>
        <location filename="../../ui/actions.py" line="+60"/>
        <source>Editions and judge packages</source>
        <translation>Éditions et dossiers de notation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Judges&apos; returns: packages and sheets</source>
        <translation>Retours des jurés&#xa0;: dossiers et feuilles</translation>
    </message>
    <message>
        <location line="+358"/>
        <source>Anywhere
  Ctrl+O  open an edition or a judge&apos;s package
  Ctrl+I  import a file (or drop it on the window)
  Ctrl+Shift+I  merge a judge&apos;s return
  Ctrl+Z  undo the last change
  Ctrl+1 … Ctrl+9, Ctrl+0  the views
  F5  compute the results
  Ctrl+,  the edition&apos;s settings
  F1  the user guide

Tables
  Ctrl+F  filter
  Insert or Ctrl+Shift+N  add a record
  Enter or Ctrl+E  edit the selected record
  Delete or Ctrl+Del  delete it (asks first)
  right-click  the same, in a menu

Scoring
  0–9, &apos;.&apos;  type a score (e.g. 7, 10, 7.5)
  ← → ↑ ↓  one point down or up (with Shift: half a point)
  Home / End  the lowest / highest score
  Delete  clear the score
  Tab / Shift+Tab  next / previous criterion, then the comment
  Ctrl+Enter or PgDown  next application
  PgUp or Ctrl+Shift+Enter  previous application
  Ctrl+Z  take back the last score given
  Ctrl+Shift+S  send my scores back (in a judge&apos;s package)

Every score is saved the moment it is given; &quot;✓ All changes saved&quot; says the database has it.</source>
        <translation>Partout
  Ctrl+O  ouvrir une édition ou un dossier de notation
  Ctrl+I  importer un fichier (ou le déposer sur la fenêtre)
  Ctrl+Maj+I  intégrer le retour d&apos;un juré
  Ctrl+Z  annuler la dernière modification
  Ctrl+1 … Ctrl+9, Ctrl+0  les vues
  F5  calculer les résultats
  Ctrl+,  les paramètres de l&apos;édition
  F1  le guide d&apos;utilisation

Tableaux
  Ctrl+F  filtrer
  Inser ou Ctrl+Maj+N  ajouter un enregistrement
  Entrée ou Ctrl+E  modifier l&apos;enregistrement sélectionné
  Suppr ou Ctrl+Suppr  le supprimer (demande confirmation)
  clic droit  les mêmes actions, dans un menu

Notation
  0–9, &apos;.&apos;  saisir une note (p. ex. 7, 10, 7.5)
  ← → ↑ ↓  un point de moins ou de plus (avec Maj&#xa0;: un demi-point)
  Début / Fin  la note la plus basse / la plus haute
  Suppr  effacer la note
  Tab / Maj+Tab  critère suivant / précédent, puis le commentaire
  Ctrl+Entrée ou PgSuiv  candidature suivante
  PgPréc ou Ctrl+Maj+Entrée  candidature précédente
  Ctrl+Z  reprendre la dernière note donnée
  Ctrl+Maj+S  renvoyer mes notes (dans un dossier de notation)

Chaque note est enregistrée dès qu&apos;elle est donnée&#xa0;; «&#xa0;✓ Toutes les modifications sont enregistrées&#xa0;» indique que la base de données la contient.</translation>
    </message>
    <message>
        <location filename="../../ui/tr_catalog.py" line="-37"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the edition</source>
        <translation>Sauvegarder l&apos;édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign judges automatically</source>
        <translation>Affecter les jurés automatiquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges per application (existing assignments are kept, conflicts respected, loads balanced):</source>
        <translation>Jurés par candidature (les affectations existantes sont conservées, les conflits respectés, les charges équilibrées)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigning judges…</source>
        <translation>Affectation des jurés…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the file to send to the secretariat</source>
        <translation>Enregistrer le fichier à envoyer au secrétariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one package per judge into</source>
        <translation>Écrire un dossier de notation par juré dans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the judges&apos; packages…</source>
        <translation>Écriture des dossiers de notation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one Excel sheet per judge into</source>
        <translation>Écrire une feuille Excel par juré dans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the judges&apos; sheets…</source>
        <translation>Écriture des feuilles des jurés…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking and merging the return…</source>
        <translation>Vérification et intégration du retour…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rounds changed: the views now show the open round</source>
        <translation>Les tours ont changé&#xa0;: les vues affichent maintenant le tour ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About WeGO Awards</source>
        <translation>À propos de WeGO Awards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported, with warnings</source>
        <translation>Importé, avec des avertissements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition files</source>
        <translation>Fichiers d&apos;édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send your scores back</source>
        <translation>Renvoyer vos notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge packages</source>
        <translation>Dossiers de notation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge a judge&apos;s return</source>
        <translation>Intégrer le retour d&apos;un juré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not undone</source>
        <translation>Non annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a table first (Applications, Judges, Categories, Criteria, Conflicts or Assignments).</source>
        <translation>Affichez d&apos;abord un tableau (Candidatures, Jurés, Catégories, Critères, Conflits ou Affectations).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs an awards competition from applications to printed certificates: offline judging, judge-bias correction, tamper-evident results.</source>
        <translation>Organise un concours de prix, des candidatures jusqu&apos;aux certificats imprimés&#xa0;: notation hors ligne, correction des biais des jurés, résultats dont toute altération est détectable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone: {what}</source>
        <translation>Annulé&#xa0;: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have scored {done} of your {total} applications completely. Send what you have now? (You can send the package again later; the latest one counts.)</source>
        <translation>Vous avez entièrement noté {done} de vos {total} candidatures. Envoyer dès maintenant ce que vous avez&#xa0;? (Vous pourrez renvoyer le dossier plus tard&#xa0;; c&apos;est le dernier envoi qui compte.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to send</source>
        <translation>Prêt à envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages written</source>
        <translation>Dossiers de notation écrits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return refused</source>
        <translation>Retour refusé</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Return merged</source>
        <translation>Retour intégré</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrote {n} rows to {file}</source>
        <translation>{n} lignes écrites dans {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this file to the secretariat (e-mail or a shared folder):

{file}

They merge it with Edition ▸ Merge a judge&apos;s return; it is checked to be yours and unaltered.</source>
        <translation>Envoyez ce fichier au secrétariat (par courriel ou dans un dossier partagé)&#xa0;:

{file}

Le secrétariat l&apos;intègre avec Édition ▸ Intégrer le retour d&apos;un juré&#xa0;; il est vérifié qu&apos;il vient bien de vous et n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} packages written to {folder}, each sealed with a passphrase of its own; the passphrases are in {sheet}. Send each judge their own file, and their passphrase apart from it (by phone or in person), then delete the sheet: the passphrases are kept nowhere else. The judges open the file in this app, score offline and send it back.</source>
        <translation>{n} dossiers de notation écrits dans {folder}, chacun scellé par sa propre phrase secrète&#xa0;; les phrases sont dans {sheet}. Envoyez à chaque juré son fichier, et sa phrase à part (par téléphone ou en personne), puis supprimez la feuille&#xa0;: les phrases ne sont gardées nulle part ailleurs. Les jurés ouvrent le fichier dans cette application, notent hors ligne et le renvoient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} sheets written to {folder}</source>
        <translation>{n} feuilles écrites dans {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backed up to {file}</source>
        <translation>Sauvegardé dans {file}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/forms.py" line="-462"/>
        <source>Code</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descriptif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum</source>
        <translation>Note minimale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>Note maximale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubric</source>
        <translation>Grille d&apos;évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document (PDF)</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliation</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge</source>
        <translation>Juré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../ui/guide.py" line="+25"/>
        <source>WeGO Awards · User guide</source>
        <translation>WeGO Awards · Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user guide is missing from this installation ({path}).</source>
        <translation>Le guide d&apos;utilisation est absent de cette installation ({path}).</translation>
    </message>
</context>
<context>
    <name>Histogram</name>
    <message>
        <location filename="../../ui/charts.py" line="+117"/>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the panel</source>
        <translation>le jury</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No complete scores yet</source>
        <translation>Pas encore de notes complètes</translation>
    </message>
</context>
<context>
    <name>ImageChooser</name>
    <message>
        <location filename="../../ui/settings.py" line="+198"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out</source>
        <translation>Ne pas inclure</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/importer.py" line="+45"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria and rubric</source>
        <translation>Critères et grille d&apos;évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges (with their conflicts)</source>
        <translation>Jurés (avec leurs conflits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments</source>
        <translation>Affectations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores (a file, or a judge&apos;s sheet)</source>
        <translation>Notes (un fichier, ou la feuille d&apos;un juré)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected from its header row</source>
        <translation>Détecté d&apos;après sa ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+95"/>
        <source>Import a file</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>A .csv or .xlsx file (or drop it here)</source>
        <translation>Un fichier .csv ou .xlsx (ou déposez-le ici)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the file holds</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read from the file&apos;s header row; choose a kind only to make sure the file is what you expect (a file of another kind is refused)</source>
        <translation>Lu dans la ligne d&apos;en-tête du fichier&#xa0;; choisissez un type seulement pour vous assurer que le fichier est bien celui attendu (un fichier d&apos;un autre type est refusé)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>It &amp;holds</source>
        <translation>&amp;Contenu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a file: it is checked whole before anything is written.</source>
        <translation>Choisissez un fichier&#xa0;: il est vérifié en entier avant toute écriture.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Tables (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>Tableaux (*.csv *.xlsx *.xlsm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The edition is finalized: nothing can be imported until it is reopened (Results ▸ Reopen).</source>
        <translation>L&apos;édition est finalisée&#xa0;: rien ne peut être importé tant qu&apos;elle n&apos;est pas rouverte (Résultats ▸ Rouvrir).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{kind} (read from its header row)</source>
        <translation>{kind} (lu dans sa ligne d&apos;en-tête)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} added</source>
        <translation>{n} ajoutés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} changed</source>
        <translation>{n} modifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} unchanged</source>
        <translation>{n} inchangés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} removed</source>
        <translation>{n} supprimés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ {file} is fine. Importing it: {counts}. Nothing is written until you press Import.</source>
        <translation>✓ {file} est correct. À importer&#xa0;: {counts}. Rien n&apos;est écrit tant que vous n&apos;avez pas cliqué sur Importer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ {file} is fine, and the edition already holds exactly this ({n} {kind} unchanged): there is nothing to import.</source>
        <translation>✓ {file} est correct, et l&apos;édition contient déjà exactement ces données ({n} {kind} inchangés)&#xa0;: il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file} is an edition file or a judge&apos;s package, not a table. A judge&apos;s return is merged with Edition ▸ Merge a judge&apos;s return (or the button below).</source>
        <translation>{file} est un fichier d&apos;édition ou un dossier de notation, pas un tableau. Le retour d&apos;un juré s&apos;intègre avec Édition ▸ Intégrer le retour d&apos;un juré (ou le bouton ci-dessous).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge as a judge&apos;s return…</source>
        <translation>Intégrer comme retour d&apos;un juré…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✗ The file is refused whole ({n} problems; the first {shown} are listed): nothing will be written. Correct it and choose it again.</source>
        <translation>✗ Le fichier est refusé en entier ({n} problèmes&#xa0;; les {shown} premiers sont listés)&#xa0;: rien ne sera écrit. Corrigez-le et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ The file is refused whole ({n} problems): nothing will be written. Correct it and choose it again.</source>
        <translation>✗ Le fichier est refusé en entier ({n} problèmes)&#xa0;: rien ne sera écrit. Corrigez-le et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ The file is refused whole (1 problem): nothing will be written. Correct it and choose it again.</source>
        <translation>✗ Le fichier est refusé en entier (1 problème)&#xa0;: rien ne sera écrit. Corrigez-le et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Importing {file}… (Cancel leaves the edition as it was)</source>
        <translation>Import de {file}… (Annuler laisse l&apos;édition telle qu&apos;elle était)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import annulé&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling… nothing will be written.</source>
        <translation>Annulation… rien ne sera écrit.</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <location filename="../../ui/letters.py" line="+38"/>
        <source>Feedback letters</source>
        <translation>Lettres d&apos;évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every applicant receives a letter: how far the application went, each criterion&apos;s average beside the category&apos;s spread, and the judges&apos; comments, signed Judge A, B, C, never with a name.</source>
        <translation>Chaque candidat reçoit une lettre&#xa0;: jusqu&apos;où sa candidature est allée, la moyenne de chaque critère à côté de la dispersion de la catégorie, et les commentaires des jurés, signés Juré A, B, C, jamais nominativement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The application whose letter to preview</source>
        <translation>La candidature dont la lettre est à prévisualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the figures and charts</source>
        <translation>Afficher les chiffres et les graphiques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Application</source>
        <translation>&amp;Candidature</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Write every letter…</source>
        <translation>&amp;Écrire toutes les lettres…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write the letters into</source>
        <translation>Écrire les lettres dans</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the feedback letters…</source>
        <translation>Écriture des lettres d&apos;évaluation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters written</source>
        <translation>Lettres écrites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} letters written to {folder}, one PDF per application.</source>
        <translation>{n} lettres écrites dans {folder}, un PDF par candidature.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="+134"/>
        <location line="+496"/>
        <location line="+118"/>
        <source>WeGO Awards</source>
        <translation>WeGO Awards</translation>
    </message>
    <message>
        <location line="-590"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+635"/>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location line="-553"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New edition…</source>
        <translation>&amp;Nouvelle édition…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open edition or judge&apos;s package…</source>
        <translation>&amp;Ouvrir une édition ou un dossier de notation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a CSV or Excel file, checked first</source>
        <translation>Importer un fichier CSV ou Excel, vérifié au préalable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories…</source>
        <translation>Catégories…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criteria…</source>
        <translation>Critères…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications…</source>
        <translation>Candidatures…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Judges…</source>
        <translation>Jurés…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments…</source>
        <translation>Affectations…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores…</source>
        <translation>Notes…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Sauvegarde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send my scores back…</source>
        <translation>En&amp;voyer mes notes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the file to send to the secretariat</source>
        <translation>Enregistrer le fichier à envoyer au secrétariat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close edition</source>
        <translation>&amp;Fermer l&apos;édition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;dit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+514"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="-510"/>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a record to the table on screen</source>
        <translation>Ajouter un enregistrement au tableau affiché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected record</source>
        <translation>Modifier l&apos;enregistrement sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected record (asks first)</source>
        <translation>Supprimer l&apos;enregistrement sélectionné (demande confirmation)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Editio&amp;n</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition, the award rules, the method and the certificate&apos;s design</source>
        <translation>L&apos;édition, les règles d&apos;attribution des prix, la méthode et la mise en page du certificat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rounds…</source>
        <translation>&amp;Tours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rounds of judging: add one, or advance to the next with the cut shown first</source>
        <translation>Les tours d&apos;évaluation&#xa0;: en ajouter un, ou passer au suivant après avoir vu la limite de sélection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assign judges automatically…</source>
        <translation>&amp;Affecter les jurés automatiquement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Declare a conflict…</source>
        <translation>&amp;Déclarer un conflit…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export judge &amp;packages…</source>
        <translation>Exporter les dossiers de &amp;notation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file per judge to score offline in this app</source>
        <translation>Un fichier par juré, pour noter hors ligne dans cette application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export judges&apos; Excel &amp;sheets…</source>
        <translation>Exporter les &amp;feuilles Excel des jurés…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge a judge&apos;s return…</source>
        <translation>&amp;Intégrer le retour d&apos;un juré…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a package or sheet a judge sent back (checked first)</source>
        <translation>Intégrer un dossier ou une feuille renvoyés par un juré (vérifiés au préalable)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compute</source>
        <translation>&amp;Calculer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jury&apos;s decision…</source>
        <translation>Décision du &amp;jury…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear a decision…</source>
        <translation>Re&amp;tirer une décision…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Finalize…</source>
        <translation>&amp;Finaliser…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reopen…</source>
        <translation>R&amp;ouvrir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export results…</source>
        <translation>&amp;Exporter les résultats…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the &amp;report…</source>
        <translation>Exporter le ra&amp;pport…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;certificates…</source>
        <translation>Exporter les certificat&amp;s…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback &amp;letters…</source>
        <translation>&amp;Lettres d&apos;évaluation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A letter for every applicant: preview one, write them all</source>
        <translation>Une lettre pour chaque candidat&#xa0;: en prévisualiser une, les écrire toutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About WeGO Awards</source>
        <translation>À &amp;propos de WeGO Awards</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>WeGO Awards is in {language}.</source>
        <translation>WeGO Awards est en {language}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeGO Awards will be in {language} the next time it starts.</source>
        <translation>WeGO Awards sera en {language} au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open a judge&apos;s package</source>
        <translation>Ouvrir un dossier de notation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open an edition</source>
        <translation>Ouvrir une édition</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening {file}…</source>
        <translation>Ouverture de {file}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} is a judge&apos;s sealed package. Type its passphrase: the words the secretariat gave you with the file (capitals and spaces do not matter).</source>
        <translation>{file} est un dossier de notation scellé. Tapez sa phrase secrète&#xa0;: les mots que le secrétariat vous a donnés avec le fichier (majuscules et espaces sans importance).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That passphrase does not open {file}. Check the words and type it again.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas {file}. Vérifiez les mots et tapez-la de nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Building the demo edition (a few seconds, only the first time)…</source>
        <translation>Création de l&apos;édition de démonstration (quelques secondes, la première fois seulement)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} exists already; choose a new file for a new edition</source>
        <translation>{path} existe déjà&#xa0;; choisissez un nouveau fichier pour une nouvelle édition</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} could not be opened: {error}</source>
        <translation>Impossible d&apos;ouvrir {file}&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>{file}: open or create an edition first; then drop the file again to import it.</source>
        <translation>{file}&#xa0;: ouvrez ou créez d&apos;abord une édition, puis déposez à nouveau le fichier pour l&apos;importer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} was not imported: a judge&apos;s package takes scores only from this window.</source>
        <translation>{file} n&apos;a pas été importé&#xa0;: un dossier de notation ne reçoit des notes que depuis cette fenêtre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A judge&apos;s package or an edition</source>
        <translation>Un dossier de notation ou une édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is an edition file or a judge&apos;s package.

Merge it into {edition} as a judge&apos;s return (it is checked first), or open it in place of this edition?</source>
        <translation>{file} est un fichier d&apos;édition ou un dossier de notation.

L&apos;intégrer à {edition} comme retour d&apos;un juré (il est vérifié au préalable), ou l&apos;ouvrir à la place de cette édition&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge as a return</source>
        <translation>Intégrer comme retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it</source>
        <translation>L&apos;ouvrir</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>finalized</source>
        <translation>finalisée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>judge {judge}&apos;s package</source>
        <translation>dossier de notation du juré {judge}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>judge {judge}</source>
        <translation>juré {judge}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>round {code} ({name}), {n} of {total}</source>
        <translation>tour {code} ({name}), {n} sur {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 application</source>
        <translation>1 candidature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} applications</source>
        <translation>{n} candidatures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 judge</source>
        <translation>1 juré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} judges</source>
        <translation>{n} jurés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open or create an edition first</source>
        <translation>Ouvrez ou créez d&apos;abord une édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition is finalized: reopen it first (Results ▸ Reopen…)</source>
        <translation>L&apos;édition est finalisée&#xa0;: rouvrez-la d&apos;abord (Résultats ▸ Rouvrir…)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No edition is open</source>
        <translation>Aucune édition n&apos;est ouverte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The results are not finalized</source>
        <translation>Les résultats ne sont pas finalisés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a table first (Applications, Judges, Categories, Criteria, Conflicts or Assignments)</source>
        <translation>Affichez d&apos;abord un tableau (Candidatures, Jurés, Catégories, Critères, Conflits ou Affectations)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annuler {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to undo yet</source>
        <translation>Rien à annuler pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No edition or package was opened recently</source>
        <translation>Aucune édition ni aucun dossier de notation n&apos;a été ouvert récemment</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="+27"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
</context>
<context>
    <name>NewEditionDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+120"/>
        <source>New edition</source>
        <translation>Nouvelle édition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 5th WeGO Awards</source>
        <translation>p. ex. 5e WeGO Awards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition name</source>
        <translation>Nom de l&apos;édition</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who gives the awards, e.g. World Smart Sustainable Cities Organization</source>
        <translation>Qui décerne les prix, p. ex. World Smart Sustainable Cities Organization</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on the certificates and the report</source>
        <translation>Imprimé sur les certificats et le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeGO&apos;s six smart-city categories</source>
        <translation>Les six catégories «&#xa0;ville intelligente&#xa0;» de WeGO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with WeGO&apos;s six smart-city categories</source>
        <translation>Commencer avec les six catégories «&#xa0;ville intelligente&#xa0;» de WeGO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My own (import a categories file next, or add them one by one)</source>
        <translation>Les miennes (importer ensuite un fichier de catégories, ou les ajouter une par une)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with my own categories</source>
        <translation>Commencer avec mes propres catégories</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File of the new edition</source>
        <translation>Fichier de la nouvelle édition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file of the new edition</source>
        <translation>Choisir le fichier de la nouvelle édition</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year</source>
        <translation>&amp;Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The edition starts with the six WeGO categories; import criteria, applications and judges next (File ▸ Import, or drop the files on the window).</source>
        <translation>L&apos;édition commence avec les six catégories de WeGO&#xa0;; importez ensuite les critères, les candidatures et les jurés (Fichier ▸ Importer, ou déposez les fichiers sur la fenêtre).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The edition starts with no categories: import a categories file first (File ▸ Import), or add them one by one; then criteria, applications and judges.</source>
        <translation>L&apos;édition commence sans catégorie&#xa0;: importez d&apos;abord un fichier de catégories (Fichier ▸ Importer), ou ajoutez-les une par une&#xa0;; puis les critères, les candidatures et les jurés.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file for the new edition</source>
        <translation>Le fichier de la nouvelle édition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edition files</source>
        <translation>Fichiers d&apos;édition</translation>
    </message>
</context>
<context>
    <name>OffsetChart</name>
    <message>
        <location filename="../../ui/charts.py" line="+76"/>
        <source>more lenient</source>
        <translation>plus indulgent</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-160"/>
        <source>Jury&apos;s decision in {category}</source>
        <translation>Décision du jury pour {category}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Required: why the jury decided so (kept in the history and printed in the report)</source>
        <translation>Obligatoire&#xa0;: pourquoi le jury a décidé ainsi (conservé dans l&apos;historique et imprimé dans le rapport)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The computed award is replaced by the jury&apos;s decision. A reason is required.</source>
        <translation>Le prix calculé est remplacé par la décision du jury. Un motif est obligatoire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Award</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
</context>
<context>
    <name>ProgressBars</name>
    <message>
        <location filename="../../ui/charts.py" line="-121"/>
        <source>scored</source>
        <translation>notées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>partly scored</source>
        <translation>partiellement notées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../ui/progress.py" line="+49"/>
        <source>Judges: applications scored of those assigned</source>
        <translation>Jurés&#xa0;: candidatures notées parmi celles affectées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories: judge-application pairs scored</source>
        <translation>Catégories&#xa0;: paires juré-candidature notées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judges&apos; progress</source>
        <translation>Avancement des jurés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories&apos; progress</source>
        <translation>Avancement des catégories</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judge</source>
        <translation>Juré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>Affectées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scored</source>
        <translation>Notées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly scored</source>
        <translation>Partiellement notées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missing</source>
        <translation>Manquantes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whom to remind</source>
        <translation>Qui relancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whom to remind (most missing first)</source>
        <translation>Qui relancer (les plus en retard d&apos;abord)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a judge&apos;s return…</source>
        <translation>Intégrer le retour d&apos;un juré…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A package or filled sheet a judge sent back: checked first, then merged (Ctrl+Shift+I)</source>
        <translation>Un dossier ou une feuille remplie renvoyés par un juré&#xa0;: vérifiés d&apos;abord, puis intégrés (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy their e-mail addresses</source>
        <translation>Copier leurs adresses électroniques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The addresses of the judges still scoring, for your mail program</source>
        <translation>Les adresses des jurés qui notent encore, pour votre messagerie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to them…</source>
        <translation>Leur écrire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reminder in your mail program, to the judges still scoring</source>
        <translation>Une relance dans votre messagerie, aux jurés qui notent encore</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading the progress…</source>
        <translation>Lecture de l&apos;avancement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{figures} · updating…</source>
        <translation>{figures} · mise à jour en cours…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>finalized</source>
        <translation>finalisée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open for scoring</source>
        <translation>ouverte à la notation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{scored} of {assigned} judge-application pairs scored ({percent}%) · {applications} applications, {judges} judges, {criteria} criteria · {scores} scores · {state}</source>
        <translation>{scored} paires juré-candidature notées sur {assigned} ({percent}&#xa0;%) · {applications} candidatures, {judges} jurés, {criteria} critères · {scores} notes · {state}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{judge} ({n} to go)</source>
        <translation>{judge} ({n} restantes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still scoring: {names} and {n} more.</source>
        <translation>Notent encore&#xa0;: {names} et {n} autres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still scoring: {names}.</source>
        <translation>Notent encore&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every judge has scored every application assigned to them.</source>
        <translation>Chaque juré a noté toutes les candidatures qui lui sont affectées.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No judge with work left has an e-mail address</source>
        <translation>Aucun juré ayant encore du travail n&apos;a d&apos;adresse électronique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every judge is done</source>
        <translation>Tous les jurés ont terminé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail addresses copied: {n}.</source>
        <translation>Adresses électroniques copiées&#xa0;: {n}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No mail program could be opened here; the addresses were copied instead.</source>
        <translation>Aucune messagerie n&apos;a pu être ouverte ici&#xa0;; les adresses ont été copiées à la place.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-53"/>
        <source>The reason, as it will stand in the history</source>
        <translation>Le motif, tel qu&apos;il figurera dans l&apos;historique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>Valider</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="-31"/>
        <source>Add a category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit category {key}</source>
        <translation>Modifier la catégorie {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit criterion {key}</source>
        <translation>Modifier le critère {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an application</source>
        <translation>Ajouter une candidature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit application {key}</source>
        <translation>Modifier la candidature {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a judge</source>
        <translation>Ajouter un juré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit judge {key}</source>
        <translation>Modifier le juré {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a conflict</source>
        <translation>Ajouter un conflit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit conflict {key}</source>
        <translation>Modifier le conflit {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an assignment</source>
        <translation>Ajouter une affectation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit assignment {key}</source>
        <translation>Modifier l&apos;affectation {key}</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Fields marked * are required. Nothing is written until you press Save; the same rules as the imports apply.</source>
        <translation>Les champs marqués d&apos;un * sont obligatoires. Rien n&apos;est écrit tant que vous n&apos;avez pas cliqué sur Enregistrer&#xa0;; les mêmes règles que pour les imports s&apos;appliquent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record&apos;s fields</source>
        <translation>Les champs de l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{n} problems, shown beside their fields; nothing was written.</source>
        <translation>{n} problèmes, signalés à côté de leurs champs&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 problem, shown beside its field; nothing was written.</source>
        <translation>1 problème, signalé à côté de son champ&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save this change?</source>
        <translation>Enregistrer cette modification&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../ui/tr_catalog.py" line="+4"/>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>

You can take it back with Edit ▸ Undo.</source>
        <translation>

Vous pourrez revenir en arrière avec Modifier ▸ Annuler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go ahead</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {key}?</source>
        <translation>Supprimer {key}&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/results.py" line="-97"/>
        <source>Judge-effect model (default)</source>
        <translation>Modèle à effet juré (par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain mean</source>
        <translation>Moyenne simple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standardised (z-score)</source>
        <translation>Standardisée (score z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trimmed mean</source>
        <translation>Moyenne tronquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+169"/>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+168"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+166"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw mean</source>
        <translation>Moyenne brute</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+206"/>
        <source>Judges</source>
        <translation>Jurés</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>SE</source>
        <translation>ET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge</source>
        <translation>Juré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>Notées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread</source>
        <translation>Dispersion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlier</source>
        <translation>Atypique</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+31"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+4"/>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute the results again (F5)</source>
        <translation>Recalculer les résultats (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jury&apos;s decision…</source>
        <translation>Décision du jury…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear a decision…</source>
        <translation>Retirer une décision…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalize…</source>
        <translation>Finaliser…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen…</source>
        <translation>Rouvrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share passing</source>
        <translation>Part des oui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The screeners&apos; votes</source>
        <translation>Les votes des examinateurs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scores with their 95% intervals (the leading applications)</source>
        <translation>Notes avec leurs intervalles à 95&#xa0;% (les candidatures en tête)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Judges&apos; offsets (removed by the judge-effect model)</source>
        <translation>Décalages des jurés (neutralisés par le modèle à effet juré)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Judges&apos; statistics</source>
        <translation>Statistiques des jurés</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awards by category</source>
        <translation>Prix par catégorie</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computing the results…</source>
        <translation>Calcul des résultats…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Round {code} ({name}) is a qualifying round: its results are the screeners&apos; votes.</source>
        <translation>Le tour {code} ({name}) est un tour de qualification&#xa0;: ses résultats sont les votes des examinateurs.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Finalized</source>
        <translation>Finalisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the results are locked</source>
        <translation>les résultats sont verrouillés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Provisoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not finalized</source>
        <translation>non finalisés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>judges&apos; agreement (ICC) {raw} raw, {adjusted} adjusted</source>
        <translation>concordance des jurés (ICC) {raw} brute, {adjusted} ajustée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>judges&apos; agreement (ICC) {raw} raw</source>
        <translation>concordance des jurés (ICC) {raw} brute</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} judge-application pairs are partly scored and not counted.</source>
        <translation>{n} paires juré-candidature sont partiellement notées et ne sont pas comptées.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>estimated from the scores</source>
        <translation>estimé d&apos;après les notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed</source>
        <translation>fixé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated from the scores: judges&apos; leniency spread (sd) {offset}, noise {noise}, quality {quality}; shrinkage {shrinkage} ({how}).</source>
        <translation>Estimé d&apos;après les notes&#xa0;: dispersion de l&apos;indulgence des jurés (é.-t.) {offset}, bruit {noise}, qualité {quality}&#xa0;; rétrécissement {shrinkage} ({how}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>For the jury:</source>
        <translation>Pour le jury&#xa0;:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No decision to clear</source>
        <translation>Aucune décision à retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The jury has made no decision in {category}.</source>
        <translation>Le jury n&apos;a pris aucune décision pour {category}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear a decision</source>
        <translation>Retirer une décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which decision in {category}?</source>
        <translation>Quelle décision pour {category}&#xa0;?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the results before finalizing…</source>
        <translation>Vérification des résultats avant la finalisation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Not finalized</source>
        <translation>Non finalisés</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Not finalized yet</source>
        <translation>Pas encore finalisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The results cannot be finalized while an exact tie at an award boundary has no jury decision:</source>
        <translation>Les résultats ne peuvent pas être finalisés tant qu&apos;une égalité exacte à la limite d&apos;un prix n&apos;a pas fait l&apos;objet d&apos;une décision du jury&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the jury&apos;s decision first (Jury&apos;s decision…).</source>
        <translation>Enregistrez d&apos;abord la décision du jury (Décision du jury…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalizing locks the results: no score, application or rule can change until the edition is reopened (with a reason). Certificates then carry no DRAFT mark.</source>
        <translation>La finalisation verrouille les résultats&#xa0;: aucune note, candidature ou règle ne peut changer tant que l&apos;édition n&apos;est pas rouverte (avec un motif). Les certificats ne portent alors plus de mention PROVISOIRE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} awards, method {method}.</source>
        <translation>{n} prix, méthode {method}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before you finalize, the jury should have looked at these {n}:</source>
        <translation>Avant de finaliser, le jury devrait avoir examiné ces {n} points&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and {n} more</source>
        <translation>… et {n} autres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalize the results</source>
        <translation>Finaliser les résultats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finalize</source>
        <translation>Finaliser</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reopen the results</source>
        <translation>Rouvrir les résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopening unlocks scores, applications and rules. Why?</source>
        <translation>La réouverture déverrouille les notes, les candidatures et les règles. Pour quelle raison&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not reopened</source>
        <translation>Non rouverts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The results were written to {file}.</source>
        <translation>Les résultats ont été écrits dans {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <location filename="../../ui/tr_catalog.py" line="+1"/>
        <source>The scores alone would not have ranked it (it is not fully scored).</source>
        <translation>Les notes seules ne l&apos;auraient pas classée (elle n&apos;est pas entièrement notée).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By the scores alone it ranked {rank} ({score}), {gap} below the {place} place this award stands for.</source>
        <translation>D&apos;après les seules notes, elle était classée {rank} ({score}), {gap} en dessous de la place {place} à laquelle correspond ce prix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By the scores alone it ranked {rank} ({score}), {gap} above the {place} place this award stands for.</source>
        <translation>D&apos;après les seules notes, elle était classée {rank} ({score}), {gap} au-dessus de la place {place} à laquelle correspond ce prix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By the scores alone it ranked {rank} ({score}).</source>
        <translation>D&apos;après les seules notes, elle était classée {rank} ({score}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no. {n}</source>
        <translation>n°&#xa0;{n}</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <location line="+1"/>
        <source>qualifying</source>
        <translation>qualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scoring</source>
        <translation>notation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kind of round</source>
        <translation>Type de tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring: judges score the criteria</source>
        <translation>Notation&#xa0;: les jurés notent les critères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualifying: screeners say pass or fail</source>
        <translation>Qualification&#xa0;: les examinateurs admettent ou refusent</translation>
    </message>
</context>
<context>
    <name>RoundsDialog</name>
    <message>
        <location filename="../../ui/rounds.py" line="-154"/>
        <source>Rounds of judging</source>
        <translation>Tours d&apos;évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each round has its own criteria, assignments, packages and scores; the open round is the one judged now. The awards come from the last round.</source>
        <translation>Chaque tour a ses propres critères, affectations, dossiers de notation et notes&#xa0;; le tour ouvert est celui qui est évalué maintenant. Les prix sont issus du dernier tour.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rounds</source>
        <translation>Les tours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add a round…</source>
        <translation>&amp;Ajouter un tour…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit the round…</source>
        <translation>&amp;Modifier le tour…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the selected round, or change its kind while nothing is scored in it</source>
        <translation>Renommer le tour sélectionné, ou changer son type tant que rien n&apos;y est noté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ad&amp;vance to the next round…</source>
        <translation>&amp;Passer au tour suivant…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the previous round&apos;s, when it opens</source>
        <translation>ceux du tour précédent, à son ouverture</translation>
    </message>
</context>
<context>
    <name>ScoreForm</name>
    <message>
        <location filename="../../ui/scoreform.py" line="+72"/>
        <source>Your comment</source>
        <translation>Votre commentaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+35"/>
        <source>✓ saved</source>
        <translation>✓ enregistré</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>saving…</source>
        <translation>enregistrement…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cleared</source>
        <translation>effacé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not saved</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{done} of {n} criteria scored</source>
        <translation>{done} critères notés sur {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All {n} criteria scored · weighted total {total} / 10</source>
        <translation>Les {n} critères sont notés · total pondéré {total} / 10</translation>
    </message>
</context>
<context>
    <name>ScoreScale</name>
    <message>
        <location filename="../../ui/scorescale.py" line="+47"/>
        <source>Type a score (digits, &apos;.&apos; for a half), or use the arrow keys; Delete clears it; Tab goes to the next criterion</source>
        <translation>Saisissez une note (chiffres, «&#xa0;.&#xa0;» pour un demi-point), ou utilisez les flèches&#xa0;; Suppr l&apos;efface&#xa0;; Tab passe au critère suivant</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>&apos;{text}&apos; is not a score</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} is above the highest score, {limit}: not taken</source>
        <translation>{text} dépasse la note la plus haute, {limit}&#xa0;: non retenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} is below the lowest score, {limit}: not taken</source>
        <translation>{text} est inférieur à la note la plus basse, {limit}&#xa0;: non retenu</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../../ui/scoring.py" line="+85"/>
        <source>Scoring as</source>
        <translation>Notation en tant que</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring as judge</source>
        <translation>Notation en tant que juré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%v of %m applications scored</source>
        <translation>%v candidatures notées sur %m</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send my scores back…</source>
        <translation>Renvoyer mes notes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the signed file to send to the secretariat (Ctrl+Shift+S)</source>
        <translation>Enregistrer le fichier signé à envoyer au secrétariat (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your applications</source>
        <translation>Vos candidatures</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+459"/>
        <source>Your totals beside the panel&apos;s</source>
        <translation>Vos totaux à côté de ceux du jury</translation>
    </message>
    <message>
        <location line="-458"/>
        <source>Weighted totals (0 to 10) of the applications you have scored completely, beside the whole panel&apos;s (anonymous)</source>
        <translation>Totaux pondérés (de 0 à 10) des candidatures que vous avez entièrement notées, à côté de ceux de l&apos;ensemble du jury (anonymes)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Summary of the application</source>
        <translation>Résumé de la candidature</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have a conflict with this application…</source>
        <translation>J&apos;ai un conflit avec cette candidature…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare a conflict of interest: you will not see or score this application again</source>
        <translation>Déclarer un conflit d&apos;intérêts&#xa0;: vous ne verrez plus cette candidature et ne la noterez plus</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The scoring form</source>
        <translation>Le formulaire de notation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Digits or arrows score · Tab next criterion · Ctrl+Enter or PgDown next application · PgUp previous</source>
        <translation>Chiffres ou flèches&#xa0;: noter · Tab&#xa0;: critère suivant · Ctrl+Entrée ou PgSuiv&#xa0;: candidature suivante · PgPréc&#xa0;: précédente</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the judge you are scoring as, above.</source>
        <translation>Choisissez ci-dessus le juré au nom duquel vous notez.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The results of this edition are finalized: scores are locked and shown read-only.</source>
        <translation>Les résultats de cette édition sont finalisés&#xa0;: les notes sont verrouillées et affichées en lecture seule.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a judge…</source>
        <translation>Choisir un juré…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the judge you are scoring as, above. They see only the applications assigned to them, never one they have a conflict with.</source>
        <translation>Choisissez ci-dessus le juré au nom duquel vous notez. Il ne voit que les candidatures qui lui sont affectées, jamais une avec laquelle il a un conflit.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Your applications, judge {judge}</source>
        <translation>Vos candidatures, juré {judge}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge {judge} has no applications to score.</source>
        <translation>Le juré {judge} n&apos;a aucune candidature à noter.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No summary was given with this application.</source>
        <translation>Aucun résumé n&apos;a été fourni avec cette candidature.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Declare a conflict</source>
        <translation>Déclarer un conflit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will not see or score {application} again, and the secretariat will know why. The {n} scores you gave it will be cleared. What is the conflict?</source>
        <translation>Vous ne verrez plus {application} et ne la noterez plus, et le secrétariat saura pourquoi. Les {n} notes que vous lui avez données seront effacées. Quel est le conflit&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You will not see or score {application} again, and the secretariat will know why. What is the conflict?</source>
        <translation>Vous ne verrez plus {application} et ne la noterez plus, et le secrétariat saura pourquoi. Quel est le conflit&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declare</source>
        <translation>Déclarer</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>score of {application}, {criterion}</source>
        <translation>note de {application}, {criterion}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your comment will be saved with your first score of this application.</source>
        <translation>Votre commentaire sera enregistré avec votre première note pour cette candidature.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: {error}</source>
        <translation>Non enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ All changes saved ({time})</source>
        <translation>✓ Toutes les modifications sont enregistrées ({time})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your totals</source>
        <translation>Vos totaux</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings.py" line="+106"/>
        <source>Edition settings</source>
        <translation>Paramètres de l&apos;édition</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Notice</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edition</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Awards and method</source>
        <translation>&amp;Prix et méthode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificate</source>
        <translation>&amp;Certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the settings…</source>
        <translation>Chargement des paramètres…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply every change on every page</source>
        <translation>Appliquer toutes les modifications de toutes les pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edition name</source>
        <translation>Nom de l&apos;édition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed on the certificates and the report</source>
        <translation>Imprimé sur les certificats et le rapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. World Smart Sustainable Cities Organization</source>
        <translation>p. ex. World Smart Sustainable Cities Organization</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who gives the awards; printed on the certificates and the report</source>
        <translation>Qui décerne les prix&#xa0;; imprimé sur les certificats et le rapport</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ceremony date</source>
        <translation>Date de la cérémonie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceremony date not set</source>
        <translation>Date de la cérémonie non définie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a date the certificates carry the day the results are finalized</source>
        <translation>Sans date, les certificats portent le jour de la finalisation des résultats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Seoul</source>
        <translation>p. ex. Séoul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceremony place</source>
        <translation>Lieu de la cérémonie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the awards are handed out; the certificate&apos;s wording can print it as {ceremony_place}</source>
        <translation>Lieu de remise des prix&#xa0;; le texte du certificat peut l&apos;imprimer avec {ceremony_place}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate language</source>
        <translation>Langue des certificats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the certificates&apos; wording, award names and date; two print side by side. A template can word each language its own way.</source>
        <translation>La langue du texte, des noms des prix et de la date des certificats&#xa0;; deux s&apos;impriment côte à côte. Un modèle peut formuler chaque langue à sa façon.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year</source>
        <translation>&amp;Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceremony &amp;date</source>
        <translation>&amp;Date de la cérémonie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ceremony &amp;place</source>
        <translation>&amp;Lieu de la cérémonie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate &amp;language</source>
        <translation>&amp;Langue des certificats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name, year and organisation head every certificate and the report. Without a ceremony date the certificates carry the day the results are finalized. The place is printed where the certificate&apos;s wording says {ceremony_place} (see the Certificate page, e.g. the date line).</source>
        <translation>Le nom, l&apos;année et l&apos;organisme figurent en tête de chaque certificat et du rapport. Sans date de cérémonie, les certificats portent le jour de la finalisation des résultats. Le lieu est imprimé là où le texte du certificat indique {ceremony_place} (voir la page Certificat, p. ex. la ligne de la date).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Awards per category</source>
        <translation>Prix par catégorie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> per category</source>
        <translation> par catégorie</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+41"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>How the judges&apos; scores become each application&apos;s score</source>
        <translation>Comment les notes des jurés deviennent la note de chaque candidature</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shrinkage of judge offsets</source>
        <translation>Rétrécissement des décalages des jurés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How strongly each judge&apos;s leniency is pulled towards zero (judge-effect model)</source>
        <translation>Force avec laquelle l&apos;indulgence de chaque juré est ramenée vers zéro (modèle à effet juré)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate from the scores (recommended)</source>
        <translation>Estimer d&apos;après les notes (recommandé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimate the shrinkage from the scores</source>
        <translation>Estimer le rétrécissement d&apos;après les notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The noise variance over the judges&apos; offset variance, estimated from this edition&apos;s scores; untick to fix a number</source>
        <translation>La variance du bruit divisée par la variance des décalages des jurés, estimée d&apos;après les notes de cette édition&#xa0;; décochez pour fixer une valeur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minimum score for an award</source>
        <translation>Note minimale pour un prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An award tier stays empty below this score; &apos;none&apos; for no minimum</source>
        <translation>Un niveau de prix reste vide en dessous de cette note&#xa0;; «&#xa0;none&#xa0;» pour aucun minimum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Near tie below</source>
        <translation>Quasi-égalité en dessous de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two applications closer than this at an award boundary are flagged for the jury</source>
        <translation>Deux candidatures plus proches que cet écart à la limite d&apos;un prix sont signalées au jury</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low confidence below</source>
        <translation>Confiance faible en dessous de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An award whose confidence is below this is flagged for the jury</source>
        <translation>Un prix dont la confiance est inférieure à ce seuil est signalé au jury</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No judge scores an application from their own country</source>
        <translation>Aucun juré ne note une candidature de son propre pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own-country rule</source>
        <translation>Règle du pays d&apos;origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A judge from the applicant&apos;s country counts as conflicted</source>
        <translation>Un juré du pays du candidat est considéré en conflit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Shrinkage of judge offsets</source>
        <translation>&amp;Rétrécissement des décalages des jurés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum score for an a&amp;ward</source>
        <translation>&amp;Note minimale pour un prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near &amp;tie below</source>
        <translation>Quasi-é&amp;galité en dessous de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Low confidence below</source>
        <translation>Con&amp;fiance faible en dessous de</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>Logo</source>
        <translation>Logotype</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signatories (one to three)</source>
        <translation>Signataires (un à trois)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Add a signatory</source>
        <translation>Ajouter un signataire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wording</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Placeholders filled in on each certificate: {organisation} {edition} {year} {award} {category} {city} {country} {title} {application} {date} {ceremony_place} {code}. Write {{ or }} for a brace.</source>
        <translation>Champs remplis sur chaque certificat&#xa0;: {organisation} {edition} {year} {award} {category} {city} {country} {title} {application} {date} {ceremony_place} {code}. Écrivez {{ ou }} pour une accolade.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Award names</source>
        <translation>Noms des prix</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview status</source>
        <translation>État de l&apos;aperçu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Certificate preview</source>
        <translation>Aperçu du certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the edition&apos;s certificates drawn with the design as it is now, before saving</source>
        <translation>Un des certificats de l&apos;édition, dessiné avec la mise en page actuelle, avant enregistrement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The preview needs Qt&apos;s PDF module (PySide6-Addons).</source>
        <translation>L&apos;aperçu nécessite le module PDF de Qt (PySide6-Addons).</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The results are finalized, so the settings are locked. Reopen the results first (Results ▸ Reopen…) to change them.</source>
        <translation>Les résultats sont finalisés, les paramètres sont donc verrouillés. Rouvrez d&apos;abord les résultats (Résultats ▸ Rouvrir…) pour les modifier.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Drawing the preview…</source>
        <translation>Dessin de l&apos;aperçu…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>One of the edition&apos;s certificates, as it is printed now.</source>
        <translation>Un des certificats de l&apos;édition, tel qu&apos;il est imprimé actuellement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the edition&apos;s certificates, drawn as the fields are now; nothing is saved until you press Save.</source>
        <translation>Un des certificats de l&apos;édition, dessiné d&apos;après les champs actuels&#xa0;; rien n&apos;est enregistré tant que vous n&apos;avez pas cliqué sur Enregistrer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A folder for the edition&apos;s certificate template</source>
        <translation>Un dossier pour le modèle de certificat de l&apos;édition</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
</context>
<context>
    <name>SignatoryBox</name>
    <message>
        <location line="-681"/>
        <source>e.g. Secretary General</source>
        <translation>p. ex. Secrétaire général</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Signature</source>
        <translation>Image de la signature</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../ui/tables.py" line="+60"/>
        <source>No applications yet.

Import them with File ▸ Import a file, or drop applications.csv (or .xlsx) on this window.</source>
        <translation>Aucune candidature pour l&apos;instant.

Importez-les avec Fichier ▸ Importer un fichier, ou déposez applications.csv (ou .xlsx) sur cette fenêtre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No judges yet.

Import them with File ▸ Import a file (judges.csv, with their conflicts).</source>
        <translation>Aucun juré pour l&apos;instant.

Importez-les avec Fichier ▸ Importer un fichier (judges.csv, avec leurs conflits).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts declared.

They come with the judges file (its conflicts column), from the judges&apos; packages, or from Edition ▸ Declare a conflict (or the Add… button above).</source>
        <translation>Aucun conflit déclaré.

Ils proviennent du fichier des jurés (sa colonne des conflits), des dossiers de notation, ou d&apos;Édition ▸ Déclarer un conflit (ou du bouton Ajouter… ci-dessus).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No categories yet.

Add them one by one with Add… above, or import categories.csv (code, name, description).</source>
        <translation>Aucune catégorie pour l&apos;instant.

Ajoutez-les une par une avec Ajouter… ci-dessus, ou importez categories.csv (code, nom, description).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No criteria yet.

Add them one by one with Add… above (with the rubric a judge sees), or import criteria.csv.</source>
        <translation>Aucun critère pour l&apos;instant.

Ajoutez-les un par un avec Ajouter… ci-dessus (avec la grille d&apos;évaluation que voit le juré), ou importez criteria.csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No assignments: every judge scores every application they have no conflict with.

To share the work out, use Edition ▸ Assign judges automatically, or import an assignments file.</source>
        <translation>Aucune affectation&#xa0;: chaque juré note toutes les candidatures avec lesquelles il n&apos;a pas de conflit.

Pour répartir le travail, utilisez Édition ▸ Affecter les jurés automatiquement, ou importez un fichier d&apos;affectations.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add an application…</source>
        <translation>Ajouter une candidature…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this application…</source>
        <translation>Modifier cette candidature…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this application…</source>
        <translation>Supprimer cette candidature…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an application first.</source>
        <translation>Sélectionnez d&apos;abord une candidature.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 application</source>
        <translation>1 candidature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} applications</source>
        <translation>{n} candidatures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} applications</source>
        <translation>{n} candidatures sur {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a judge…</source>
        <translation>Ajouter un juré…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this judge…</source>
        <translation>Modifier ce juré…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this judge…</source>
        <translation>Supprimer ce juré…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a judge first.</source>
        <translation>Sélectionnez d&apos;abord un juré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 judge</source>
        <translation>1 juré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} judges</source>
        <translation>{n} jurés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} judges</source>
        <translation>{n} jurés sur {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a conflict…</source>
        <translation>Ajouter un conflit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this conflict…</source>
        <translation>Modifier ce conflit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this conflict…</source>
        <translation>Supprimer ce conflit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a conflict first.</source>
        <translation>Sélectionnez d&apos;abord un conflit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 conflict</source>
        <translation>1 conflit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} conflicts</source>
        <translation>{n} conflits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} conflicts</source>
        <translation>{n} conflits sur {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an assignment…</source>
        <translation>Ajouter une affectation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this assignment…</source>
        <translation>Modifier cette affectation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this assignment…</source>
        <translation>Supprimer cette affectation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an assignment first.</source>
        <translation>Sélectionnez d&apos;abord une affectation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 assignment</source>
        <translation>1 affectation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} assignments</source>
        <translation>{n} affectations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} assignments</source>
        <translation>{n} affectations sur {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a category…</source>
        <translation>Ajouter une catégorie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this category…</source>
        <translation>Modifier cette catégorie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this category…</source>
        <translation>Supprimer cette catégorie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a category first.</source>
        <translation>Sélectionnez d&apos;abord une catégorie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 category</source>
        <translation>1 catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} categories</source>
        <translation>{n} catégories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} categories</source>
        <translation>{n} catégories sur {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a criterion…</source>
        <translation>Ajouter un critère…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this criterion…</source>
        <translation>Modifier ce critère…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this criterion…</source>
        <translation>Supprimer ce critère…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a criterion first.</source>
        <translation>Sélectionnez d&apos;abord un critère.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 criterion</source>
        <translation>1 critère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} criteria</source>
        <translation>{n} critères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} criteria</source>
        <translation>{n} critères sur {total}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filter the table</source>
        <translation>Filtrer le tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter: type words found in any column (e.g. &apos;seoul mobility&apos;)</source>
        <translation>Filtrer&#xa0;: tapez des mots présents dans n&apos;importe quelle colonne (p. ex. «&#xa0;seoul mobility&#xa0;»)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Add a record (Insert)</source>
        <translation>Ajouter un enregistrement (Inser)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected record (Enter)</source>
        <translation>Modifier l&apos;enregistrement sélectionné (Entrée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected record (Delete); says first what goes with it</source>
        <translation>Supprimer l&apos;enregistrement sélectionné (Suppr)&#xa0;; indique d&apos;abord ce qui disparaît avec lui</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The table</source>
        <translation>Le tableau</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The selected record</source>
        <translation>L&apos;enregistrement sélectionné</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Their totals beside the panel&apos;s</source>
        <translation>Ses totaux à côté de ceux du jury</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The edition is finalized: reopen it first (Results ▸ Reopen…)</source>
        <translation>L&apos;édition est finalisée&#xa0;: rouvrez-la d&apos;abord (Résultats ▸ Rouvrir…)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The edition is finalized: nothing can change until it is reopened (Results ▸ Reopen…).</source>
        <translation>L&apos;édition est finalisée&#xa0;: rien ne peut changer tant qu&apos;elle n&apos;est pas rouverte (Résultats ▸ Rouvrir…).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Conflicts and assignments are added or deleted, not edited.</source>
        <translation>Les conflits et les affectations s&apos;ajoutent ou se suppriment, ils ne se modifient pas.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Declare a conflict…</source>
        <translation>Déclarer un conflit…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>this judge</source>
        <translation>ce juré</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Conflicts&lt;/b&gt; (never shown these):</source>
        <translation>&lt;b&gt;Conflits&lt;/b&gt; (ces candidatures ne lui sont jamais présentées)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts declared.</source>
        <translation>Aucun conflit déclaré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{scored}&lt;/b&gt; of {total} applications scored, {partial} partly</source>
        <translation>&lt;b&gt;{scored}&lt;/b&gt; candidatures notées sur {total}, {partial} partiellement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{scored}&lt;/b&gt; of {total} applications scored</source>
        <translation>&lt;b&gt;{scored}&lt;/b&gt; candidatures notées sur {total}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a judge to see it here.</source>
        <translation>Sélectionnez un juré pour le voir ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an application to see it here.</source>
        <translation>Sélectionnez une candidature pour la voir ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document: {file}</source>
        <translation>Document&#xa0;: {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No document attached.</source>
        <translation>Aucun document joint.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="-776"/>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges</source>
        <translation>Jurés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments</source>
        <translation>Affectations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring</source>
        <translation>Notation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="+36"/>
        <source>WeGO Awards</source>
        <translation>WeGO Awards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run an awards competition: applications, judges&apos; scores, awards and certificates.</source>
        <translation>Organisez un concours de prix&#xa0;: candidatures, notes des jurés, prix et certificats.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open an edition…</source>
        <translation>Ouvrir une édition…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The secretariat&apos;s file of a competition (.db).</source>
        <translation>Le fichier d&apos;un concours, tenu par le secrétariat (.db).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a judge&apos;s package…</source>
        <translation>Ouvrir un dossier de notation…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The file the secretariat sent you to score applications, even offline.</source>
        <translation>Le fichier que le secrétariat vous a envoyé pour noter les candidatures, même hors ligne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new edition…</source>
        <translation>Créer une nouvelle édition…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a competition: name and year; then import criteria, applications and judges.</source>
        <translation>Lancer un concours&#xa0;: nom et année&#xa0;; puis importer les critères, les candidatures et les jurés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The 4th WeGO Awards (2020): 52 applications, 6 judges, ready to explore.</source>
        <translation>Les 4e WeGO Awards (2020)&#xa0;: 52 candidatures, 6 jurés, prêts à explorer.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Recently opened</source>
        <translation>Ouverts récemment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the user guide (F1)</source>
        <translation>Lire le guide d&apos;utilisation (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secretariat&apos;s edition step by step, and the judge&apos;s evening</source>
        <translation>L&apos;édition pas à pas pour le secrétariat, et la soirée de notation du juré</translation>
    </message>
</context>
<context>
    <name>WorkloadModel</name>
    <message>
        <location filename="../../ui/workload.py" line="+43"/>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>Notées</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>{done} of {n}</source>
        <translation>{done} sur {n}</translation>
    </message>
</context>
<context>
    <name>_PdfField</name>
    <message>
        <location filename="../../ui/forms.py" line="+17"/>
        <source>A PDF file (leave empty to keep the current one)</source>
        <translation>Un fichier PDF (laisser vide pour conserver l&apos;actuel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application&apos;s PDF document</source>
        <translation>Le document PDF de la candidature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the PDF document</source>
        <translation>Choisir le document PDF</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now: {file}</source>
        <translation>Actuel&#xa0;: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No document attached yet.</source>
        <translation>Aucun document joint pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application&apos;s document</source>
        <translation>Le document de la candidature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documents PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>_Picker</name>
    <message>
        <location line="-271"/>
        <source>Type to find the judge…</source>
        <translation>Tapez pour trouver le juré…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find the application…</source>
        <translation>Tapez pour trouver la candidature…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find the category…</source>
        <translation>Tapez pour trouver la catégorie…</translation>
    </message>
</context>
</TS>
