<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddRoundDialog</name>
    <message>
        <location filename="../../ui/rounds.py" line="+249"/>
        <source>Add a round</source>
        <translation>Añadir una ronda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The round&apos;s code</source>
        <translation>El código de la ronda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Shortlist, Final</source>
        <translation>p. ej., Preselección, Final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The round&apos;s name</source>
        <translation>El nombre de la ronda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None: the previous round&apos;s criteria</source>
        <translation>Ninguno: los criterios de la ronda anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A criteria file of the round&apos;s own</source>
        <translation>Un archivo de criterios propio de la ronda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;riteria</source>
        <translation>C&amp;riterios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the round</source>
        <translation>Añadir la ronda</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The round&apos;s criteria</source>
        <translation>Los criterios de la ronda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
</context>
<context>
    <name>AdvanceDialog</name>
    <message>
        <location line="+28"/>
        <source>Advance from {source} to {target}</source>
        <translation>Avanzar de {source} a {target}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How applications go on</source>
        <translation>Cómo pasan las candidaturas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Those the screeners passed</source>
        <translation>Las que aprobaron los evaluadores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The top of each category</source>
        <translation>Las primeras de cada categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Those with at least a score</source>
        <translation>Las que alcanzan una puntuación mínima</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many of each category</source>
        <translation>Cuántas de cada categoría</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lowest score that goes on</source>
        <translation>La puntuación más baja que pasa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than half</source>
        <translation>más de la mitad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of screeners who must pass it</source>
        <translation>La proporción de evaluadores que deben aprobarla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rule</source>
        <translation>&amp;Regla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show the cut</source>
        <translation>Mostrar el &amp;corte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the rule, then show the cut: nothing moves until you advance.</source>
        <translation>Elija la regla y después muestre el corte: nada se mueve hasta que avance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cut, category by category</source>
        <translation>El corte, categoría por categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score or votes</source>
        <translation>Puntuación o votos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goes on</source>
        <translation>Pasa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jury</source>
        <translation>Jurado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Promote…</source>
        <translation>Ad&amp;mitir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Demote…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The jury, for the selected application:</source>
        <translation>El jurado, para la candidatura seleccionada:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Advance</source>
        <translation>&amp;Avanzar</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>▲ go on to {target}  ·  the cut  ·  stay in {source} ▼</source>
        <translation>▲ pasan a {target}  ·  el corte  ·  se quedan en {source} ▼</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{passes} pass, {fails} fail</source>
        <translation>{passes} a favor, {fails} en contra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>promoted</source>
        <translation>admitida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>demoted</source>
        <translation>excluida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TIE: the jury decides</source>
        <translation>EMPATE: decide el jurado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} applications go on to {target}.</source>
        <translation>{n} candidaturas pasan a {target}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tie at the cut: {apps}. Select each and promote or demote it, with the jury&apos;s reason, before advancing.</source>
        <translation>Empate en el corte: {apps}. Seleccione cada una y admítala o exclúyala, con el motivo del jurado, antes de avanzar.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Promote {app}</source>
        <translation>Admitir {app}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demote {app}</source>
        <translation>Excluir {app}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app} goes on to the next round whatever its place. Why?</source>
        <translation>{app} pasa a la siguiente ronda sea cual sea su posición. ¿Por qué?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{app} stays out of the next round whatever its place. Why?</source>
        <translation>{app} queda fuera de la siguiente ronda sea cual sea su posición. ¿Por qué?</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+199"/>
        <source>Something went wrong</source>
        <translation>Algo ha salido mal</translation>
    </message>
</context>
<context>
    <name>AwardCard</name>
    <message>
        <location filename="../../ui/results.py" line="+108"/>
        <source>confidence %p%</source>
        <translation>confianza %p%</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;i&gt;not given&lt;/i&gt;</source>
        <translation>&lt;i&gt;no otorgado&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>score {score} · raw mean {raw}</source>
        <translation>puntuación {score} · media bruta {raw}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{award} · jury decision</source>
        <translation>{award} · decisión del jurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jury decision</source>
        <translation>Decisión del jurado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The jury gave this award; the scores alone would not have.</source>
        <translation>El jurado otorgó este premio; las puntuaciones por sí solas no lo habrían hecho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidence: the chance this is the right award, given the scores</source>
        <translation>Confianza: la probabilidad de que este sea el premio correcto, dadas las puntuaciones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>confidence {percent}%</source>
        <translation>confianza {percent}%</translation>
    </message>
</context>
<context>
    <name>Awards</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+45"/>
        <source>Gold</source>
        <translation>Oro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silver</source>
        <translation>Plata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special Mention</source>
        <translation>Mención especial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bronze</source>
        <translation>Bronce</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../ui/certificates.py" line="+72"/>
        <source>Certificates of participation (every applicant)</source>
        <translation>Certificados de participación (todos los candidatos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview again</source>
        <translation>Volver a previsualizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export certificates…</source>
        <translation>Exportar certificados…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the report…</source>
        <translation>Exportar el informe…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificates to preview</source>
        <translation>Certificados para previsualizar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The PDF layer is not installed: certificates cannot be made here.</source>
        <translation>El componente PDF no está instalado: aquí no se pueden generar certificados.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The results are finalized: the certificates carry their verification codes and no DRAFT mark.</source>
        <translation>Los resultados están finalizados: los certificados llevan sus códigos de verificación y ninguna marca DRAFT (borrador).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The results are not finalized yet: every certificate carries a large DRAFT mark and no valid verification code.</source>
        <translation>Los resultados aún no están finalizados: cada certificado lleva una gran marca DRAFT (borrador) y ningún código de verificación válido.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Rendering the certificates…</source>
        <translation>Generando los certificados…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Characters no font can draw</source>
        <translation>Caracteres que ninguna fuente puede dibujar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print anyway</source>
        <translation>Imprimir de todos modos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All certificates (for printing)</source>
        <translation>Todos los certificados (para imprimir)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} certificates previewed (DRAFT)</source>
        <translation>{n} certificados previsualizados (BORRADOR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} certificates previewed</source>
        <translation>{n} certificados previsualizados</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export the certificates into</source>
        <translation>Exportar los certificados a</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export cancelled; nothing half-written was kept.</source>
        <translation>Exportación cancelada; no se ha conservado nada a medio escribir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} certificates written to {folder}</source>
        <translation>{n} certificados guardados en {folder}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the certificates…</source>
        <translation>Guardando los certificados…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the results report</source>
        <translation>Exportar el informe de resultados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the report…</source>
        <translation>Guardando el informe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report written</source>
        <translation>Informe guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report was written to {file}.</source>
        <translation>El informe se ha guardado en {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report not written</source>
        <translation>Informe no guardado</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/tablemodel.py" line="+215"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scored by</source>
        <translation>Puntuada por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Affiliation</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>Puntuadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge&apos;s name</source>
        <translation>Nombre del juez</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared by</source>
        <translation>Declarado por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores given</source>
        <translation>Puntuaciones dadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>Mín.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubric</source>
        <translation>Rúbrica</translation>
    </message>
</context>
<context>
    <name>CommentBox</name>
    <message>
        <location filename="../../ui/scoreform.py" line="+182"/>
        <source>Your comment for the jury (optional): strengths, doubts, what would change your mind…</source>
        <translation>Su comentario para el jurado (opcional): puntos fuertes, dudas, qué le haría cambiar de opinión…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="+426"/>
        <source>Declare a conflict of interest</source>
        <translation>Declarar un conflicto de intereses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The judge</source>
        <translation>El juez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application they must never score</source>
        <translation>La candidatura que nunca debe puntuar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why (kept in the history), e.g. &apos;advised the city on this project&apos;</source>
        <translation>Por qué (queda en el historial), p. ej., «asesoró a la ciudad en este proyecto»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason</source>
        <translation>El motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The judge will never see, score or be counted for this application. Scores they already gave it are cleared (the history keeps them).</source>
        <translation>El juez nunca verá ni puntuará esta candidatura, ni contará para ella. Las puntuaciones que ya le dio se borran (el historial las conserva).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Judge</source>
        <translation>&amp;Juez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Application</source>
        <translation>&amp;Candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Declare the conflict</source>
        <translation>Declarar el conflicto</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Choose the judge and the application.</source>
        <translation>Elija el juez y la candidatura.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing else changes.</source>
        <translation>Nada más cambia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;&lt;i&gt;Write the reason to go on.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Escriba el motivo para continuar.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Declare the conflict?</source>
        <translation>¿Declarar el conflicto?</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../ui/scoreform.py" line="-97"/>
        <source>weight {weight} · {share} of the total · {low} to {high}</source>
        <translation>peso {weight} · {share} del total · de {low} a {high}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score for {criterion}</source>
        <translation>Puntuación de {criterion}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Not scored yet.</source>
        <translation>Aún sin puntuar.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/tr_catalog.py" line="+45"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling… nothing will be kept.</source>
        <translation>Cancelando… no se conservará nada.</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../ui/document.py" line="+55"/>
        <location line="+70"/>
        <source>No document attached to this application.</source>
        <translation>Esta candidatura no tiene ningún documento adjunto.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Smaller (Ctrl+minus, or Ctrl+wheel)</source>
        <translation>Más pequeño (Ctrl+menos, o Ctrl+rueda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger (Ctrl+plus, or Ctrl+wheel)</source>
        <translation>Más grande (Ctrl+más, o Ctrl+rueda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page as wide as the pane</source>
        <translation>La página tan ancha como el panel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open in viewer</source>
        <translation>Abrir en el visor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the document in your PDF viewer</source>
        <translation>Abrir el documento en su visor de PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The document</source>
        <translation>El documento</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Document: {file}</source>
        <translation>Documento: {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Press “Open in viewer” to look at it in your PDF viewer.</source>
        <translation>Pulse «Abrir en el visor» para verlo en su visor de PDF.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No PDF viewer here</source>
        <translation>No hay visor de PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program to show PDF files could be started on this computer. A copy of the document is at:

{path}

Open it from there, or use “Save a copy…” to keep it where you like.</source>
        <translation>No se ha podido iniciar en este equipo ningún programa que muestre archivos PDF. Hay una copia del documento en:

{path}

Ábrala desde ahí, o use «Guardar una copia…» para guardarla donde quiera.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the document</source>
        <translation>Guardar el documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>EditRoundDialog</name>
    <message>
        <location filename="../../ui/rounds.py" line="-286"/>
        <source>Round {code}</source>
        <translation>Ronda {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The round&apos;s name</source>
        <translation>El nombre de la ronda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kind can change only while nothing is scored in the round; a scoring round then takes its criteria from an import.</source>
        <translation>El tipo solo puede cambiar mientras no haya nada puntuado en la ronda; después, una ronda de puntuación toma sus criterios de una importación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the round</source>
        <translation>Guardar la ronda</translation>
    </message>
</context>
<context>
    <name>EditionActions</name>
    <message>
        <location filename="../../ui/actions.py" line="+60"/>
        <source>Editions and judge packages</source>
        <translation>Ediciones y paquetes de jueces</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Judges&apos; returns: packages and sheets</source>
        <translation>Envíos de los jueces: paquetes y hojas</translation>
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
        <translation>En cualquier lugar
  Ctrl+O  abrir una edición o el paquete de un juez
  Ctrl+I  importar un archivo (o soltarlo sobre la ventana)
  Ctrl+Shift+I  incorporar el envío de un juez
  Ctrl+Z  deshacer el último cambio
  Ctrl+1 … Ctrl+9, Ctrl+0  las vistas
  F5  calcular los resultados
  Ctrl+,  la configuración de la edición
  F1  la guía del usuario

Tablas
  Ctrl+F  filtrar
  Insert o Ctrl+Shift+N  añadir un registro
  Enter o Ctrl+E  editar el registro seleccionado
  Delete o Ctrl+Del  eliminarlo (pregunta antes)
  clic derecho  lo mismo, en un menú

Puntuación
  0–9, &apos;.&apos;  escribir una puntuación (p. ej., 7, 10, 7.5)
  ← → ↑ ↓  un punto menos o más (con Shift: medio punto)
  Home / End  la puntuación más baja / más alta
  Delete  borrar la puntuación
  Tab / Shift+Tab  criterio siguiente / anterior, luego el comentario
  Ctrl+Enter o PgDown  candidatura siguiente
  PgUp o Ctrl+Shift+Enter  candidatura anterior
  Ctrl+Z  retirar la última puntuación dada
  Ctrl+Shift+S  enviar mis puntuaciones (en el paquete de un juez)

Cada puntuación se guarda en el momento en que se da; «✓ Todos los cambios guardados» indica que la base de datos ya la tiene.</translation>
    </message>
    <message>
        <location filename="../../ui/tr_catalog.py" line="-37"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the edition</source>
        <translation>Copia de seguridad de la edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign judges automatically</source>
        <translation>Asignar jueces automáticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges per application (existing assignments are kept, conflicts respected, loads balanced):</source>
        <translation>Jueces por candidatura (se conservan las asignaciones existentes, se respetan los conflictos y se equilibran las cargas):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigning judges…</source>
        <translation>Asignando jueces…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the file to send to the secretariat</source>
        <translation>Guardar el archivo para enviarlo a la secretaría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one package per judge into</source>
        <translation>Guardar un paquete por juez en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the judges&apos; packages…</source>
        <translation>Guardando los paquetes de los jueces…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one Excel sheet per judge into</source>
        <translation>Guardar una hoja Excel por juez en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the judges&apos; sheets…</source>
        <translation>Guardando las hojas de los jueces…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking and merging the return…</source>
        <translation>Comprobando e incorporando el envío…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rounds changed: the views now show the open round</source>
        <translation>Las rondas han cambiado: las vistas muestran ahora la ronda abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About WeGO Awards</source>
        <translation>Acerca de WeGO Awards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported, with warnings</source>
        <translation>Importado, con advertencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition files</source>
        <translation>Archivos de edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send your scores back</source>
        <translation>Enviar sus puntuaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge packages</source>
        <translation>Paquetes de jueces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge a judge&apos;s return</source>
        <translation>Incorporar el envío de un juez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not undone</source>
        <translation>No se ha deshecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a table first (Applications, Judges, Categories, Criteria, Conflicts or Assignments).</source>
        <translation>Muestre antes una tabla (Candidaturas, Jueces, Categorías, Criterios, Conflictos o Asignaciones).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs an awards competition from applications to printed certificates: offline judging, judge-bias correction, tamper-evident results.</source>
        <translation>Gestiona un concurso de premios desde las candidaturas hasta los certificados impresos: puntuación sin conexión, corrección de los sesgos de los jueces y resultados en los que cualquier manipulación queda a la vista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone: {what}</source>
        <translation>Deshecho: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have scored {done} of your {total} applications completely. Send what you have now? (You can send the package again later; the latest one counts.)</source>
        <translation>Ha puntuado por completo {done} de sus {total} candidaturas. ¿Enviar ahora lo que tiene? (Puede volver a enviar el paquete más tarde; cuenta el último.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to send</source>
        <translation>Listo para enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages written</source>
        <translation>Paquetes guardados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return refused</source>
        <translation>Envío rechazado</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Return merged</source>
        <translation>Envío incorporado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrote {n} rows to {file}</source>
        <translation>{n} filas guardadas en {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this file to the secretariat (e-mail or a shared folder):

{file}

They merge it with Edition ▸ Merge a judge&apos;s return; it is checked to be yours and unaltered.</source>
        <translation>Envíe este archivo a la secretaría (por correo electrónico o en una carpeta compartida):

{file}

La secretaría lo incorpora con Edición ▸ Incorporar el envío de un juez; se comprueba que es suyo y que no se ha alterado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} packages written to {folder}, each sealed with a passphrase of its own; the passphrases are in {sheet}. Send each judge their own file, and their passphrase apart from it (by phone or in person), then delete the sheet: the passphrases are kept nowhere else. The judges open the file in this app, score offline and send it back.</source>
        <translation>{n} paquetes escritos en {folder}, cada uno sellado con su propia frase de contraseña; las frases están en {sheet}. Envíe a cada juez su archivo, y su frase aparte (por teléfono o en persona); luego borre la hoja: las frases no se guardan en ningún otro sitio. Los jueces abren el archivo en esta aplicación, puntúan sin conexión y lo devuelven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} sheets written to {folder}</source>
        <translation>{n} hojas guardadas en {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backed up to {file}</source>
        <translation>Copia de seguridad guardada en {file}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/forms.py" line="-462"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubric</source>
        <translation>Rúbrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document (PDF)</source>
        <translation>Documento (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliation</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../ui/guide.py" line="+25"/>
        <source>WeGO Awards · User guide</source>
        <translation>WeGO Awards · Guía del usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user guide is missing from this installation ({path}).</source>
        <translation>La guía del usuario no está en esta instalación ({path}).</translation>
    </message>
</context>
<context>
    <name>Histogram</name>
    <message>
        <location filename="../../ui/charts.py" line="+117"/>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the panel</source>
        <translation>el jurado</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No complete scores yet</source>
        <translation>Aún no hay puntuaciones completas</translation>
    </message>
</context>
<context>
    <name>ImageChooser</name>
    <message>
        <location filename="../../ui/settings.py" line="+198"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out</source>
        <translation>Omitir</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/importer.py" line="+45"/>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria and rubric</source>
        <translation>Criterios y rúbrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges (with their conflicts)</source>
        <translation>Jueces (con sus conflictos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments</source>
        <translation>Asignaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores (a file, or a judge&apos;s sheet)</source>
        <translation>Puntuaciones (un archivo o la hoja de un juez)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected from its header row</source>
        <translation>Detectado por su fila de encabezado</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+95"/>
        <source>Import a file</source>
        <translation>Importar un archivo</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>A .csv or .xlsx file (or drop it here)</source>
        <translation>Un archivo .csv o .xlsx (o suéltelo aquí)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File to import</source>
        <translation>Archivo para importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file to import</source>
        <translation>Elegir el archivo para importar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the file holds</source>
        <translation>Qué contiene el archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read from the file&apos;s header row; choose a kind only to make sure the file is what you expect (a file of another kind is refused)</source>
        <translation>Se lee de la fila de encabezado del archivo; elija un tipo solo para asegurarse de que el archivo es lo que espera (un archivo de otro tipo se rechaza)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>It &amp;holds</source>
        <translation>&amp;Contiene</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a file: it is checked whole before anything is written.</source>
        <translation>Elija un archivo: se comprueba entero antes de escribir nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Tables (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>Tablas (*.csv *.xlsx *.xlsm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The edition is finalized: nothing can be imported until it is reopened (Results ▸ Reopen).</source>
        <translation>La edición está finalizada: no se puede importar nada hasta que se reabra (Resultados ▸ Reabrir).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking {file}…</source>
        <translation>Comprobando {file}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{kind} (read from its header row)</source>
        <translation>{kind} (según su fila de encabezado)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} added</source>
        <translation>{n} por añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} changed</source>
        <translation>{n} por cambiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} unchanged</source>
        <translation>{n} sin cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} removed</source>
        <translation>{n} por eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ {file} is fine. Importing it: {counts}. Nothing is written until you press Import.</source>
        <translation>✓ {file} es correcto. Al importarlo: {counts}. No se escribe nada hasta que pulse Importar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ {file} is fine, and the edition already holds exactly this ({n} {kind} unchanged): there is nothing to import.</source>
        <translation>✓ {file} es correcto, y la edición ya contiene exactamente esto ({kind}: {n} sin cambios): no hay nada que importar.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file} is an edition file or a judge&apos;s package, not a table. A judge&apos;s return is merged with Edition ▸ Merge a judge&apos;s return (or the button below).</source>
        <translation>{file} es un archivo de edición o el paquete de un juez, no una tabla. El envío de un juez se incorpora con Edición ▸ Incorporar el envío de un juez (o con el botón de abajo).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge as a judge&apos;s return…</source>
        <translation>Incorporar como envío de un juez…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✗ The file is refused whole ({n} problems; the first {shown} are listed): nothing will be written. Correct it and choose it again.</source>
        <translation>✗ El archivo se rechaza entero ({n} problemas; se muestran los {shown} primeros): no se escribirá nada. Corríjalo y vuelva a elegirlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ The file is refused whole ({n} problems): nothing will be written. Correct it and choose it again.</source>
        <translation>✗ El archivo se rechaza entero ({n} problemas): no se escribirá nada. Corríjalo y vuelva a elegirlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ The file is refused whole (1 problem): nothing will be written. Correct it and choose it again.</source>
        <translation>✗ El archivo se rechaza entero (1 problema): no se escribirá nada. Corríjalo y vuelva a elegirlo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Importing {file}… (Cancel leaves the edition as it was)</source>
        <translation>Importando {file}… (Cancelar deja la edición como estaba)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importación cancelada: no se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling… nothing will be written.</source>
        <translation>Cancelando… no se escribirá nada.</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <location filename="../../ui/letters.py" line="+38"/>
        <source>Feedback letters</source>
        <translation>Cartas de valoración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every applicant receives a letter: how far the application went, each criterion&apos;s average beside the category&apos;s spread, and the judges&apos; comments, signed Judge A, B, C, never with a name.</source>
        <translation>Cada candidato recibe una carta: hasta dónde llegó la candidatura, la media de cada criterio junto a la dispersión de la categoría y los comentarios de los jueces, firmados Juez A, B, C, nunca con un nombre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The application whose letter to preview</source>
        <translation>La candidatura cuya carta se previsualiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the figures and charts</source>
        <translation>Mostrar las cifras y los gráficos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Application</source>
        <translation>&amp;Candidatura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Write every letter…</source>
        <translation>&amp;Guardar todas las cartas…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write the letters into</source>
        <translation>Guardar las cartas en</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the feedback letters…</source>
        <translation>Guardando las cartas de valoración…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters written</source>
        <translation>Cartas guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} letters written to {folder}, one PDF per application.</source>
        <translation>{n} cartas guardadas en {folder}, un PDF por candidatura.</translation>
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
        <translation>Vistas</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+635"/>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <location line="-553"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New edition…</source>
        <translation>&amp;Nueva edición…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open edition or judge&apos;s package…</source>
        <translation>&amp;Abrir una edición o el paquete de un juez…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the &amp;demo</source>
        <translation>Probar la &amp;demo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importar un archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a CSV or Excel file, checked first</source>
        <translation>Importar un archivo CSV o Excel, comprobado antes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories…</source>
        <translation>Categorías…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criteria…</source>
        <translation>Criterios…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications…</source>
        <translation>Candidaturas…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Judges…</source>
        <translation>Jueces…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments…</source>
        <translation>Asignaciones…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores…</source>
        <translation>Puntuaciones…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Backup…</source>
        <translation>Copia de se&amp;guridad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send my scores back…</source>
        <translation>En&amp;viar mis puntuaciones…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the file to send to the secretariat</source>
        <translation>Guardar el archivo para enviarlo a la secretaría</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close edition</source>
        <translation>&amp;Cerrar la edición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;dit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+514"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="-510"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a record to the table on screen</source>
        <translation>Añadir un registro a la tabla en pantalla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected record</source>
        <translation>Editar el registro seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected record (asks first)</source>
        <translation>Eliminar el registro seleccionado (pregunta antes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Editio&amp;n</source>
        <translation>Edició&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition, the award rules, the method and the certificate&apos;s design</source>
        <translation>La edición, las reglas de los premios, el método y el diseño del certificado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rounds…</source>
        <translation>&amp;Rondas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rounds of judging: add one, or advance to the next with the cut shown first</source>
        <translation>Las rondas de evaluación: añadir una, o avanzar a la siguiente viendo antes el corte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assign judges automatically…</source>
        <translation>&amp;Asignar jueces automáticamente…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Declare a conflict…</source>
        <translation>&amp;Declarar un conflicto…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export judge &amp;packages…</source>
        <translation>Exportar &amp;paquetes de jueces…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file per judge to score offline in this app</source>
        <translation>Un archivo por juez para puntuar sin conexión en esta aplicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export judges&apos; Excel &amp;sheets…</source>
        <translation>Exportar &amp;hojas Excel de los jueces…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge a judge&apos;s return…</source>
        <translation>&amp;Incorporar el envío de un juez…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a package or sheet a judge sent back (checked first)</source>
        <translation>Incorporar un paquete o una hoja que un juez ha devuelto (se comprueba antes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Results</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compute</source>
        <translation>&amp;Calcular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jury&apos;s decision…</source>
        <translation>&amp;Decisión del jurado…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear a decision…</source>
        <translation>&amp;Anular una decisión…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Finalize…</source>
        <translation>&amp;Finalizar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reopen…</source>
        <translation>Rea&amp;brir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export results…</source>
        <translation>&amp;Exportar resultados…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the &amp;report…</source>
        <translation>Exportar el &amp;informe…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;certificates…</source>
        <translation>Exportar cer&amp;tificados…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback &amp;letters…</source>
        <translation>Cartas de &amp;valoración…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A letter for every applicant: preview one, write them all</source>
        <translation>Una carta para cada candidato: previsualizar una, guardarlas todas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About WeGO Awards</source>
        <translation>Acerca &amp;de WeGO Awards</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>WeGO Awards is in {language}.</source>
        <translation>WeGO Awards está en {language}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeGO Awards will be in {language} the next time it starts.</source>
        <translation>WeGO Awards estará en {language} la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open a judge&apos;s package</source>
        <translation>Abrir el paquete de un juez</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open an edition</source>
        <translation>Abrir una edición</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening {file}…</source>
        <translation>Abriendo {file}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} is a judge&apos;s sealed package. Type its passphrase: the words the secretariat gave you with the file (capitals and spaces do not matter).</source>
        <translation>{file} es un paquete sellado de juez. Escriba su frase de contraseña: las palabras que la secretaría le dio con el archivo (mayúsculas y espacios no importan).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That passphrase does not open {file}. Check the words and type it again.</source>
        <translation>Esa frase de contraseña no abre {file}. Revise las palabras y escríbala de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Building the demo edition (a few seconds, only the first time)…</source>
        <translation>Creando la edición de demostración (unos segundos, solo la primera vez)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} exists already; choose a new file for a new edition</source>
        <translation>{path} ya existe; elija un archivo nuevo para una edición nueva</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} could not be opened: {error}</source>
        <translation>No se ha podido abrir {file}: {error}</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>{file}: open or create an edition first; then drop the file again to import it.</source>
        <translation>{file}: abra o cree antes una edición; luego vuelva a soltar el archivo para importarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} was not imported: a judge&apos;s package takes scores only from this window.</source>
        <translation>{file} no se ha importado: el paquete de un juez solo admite puntuaciones desde esta ventana.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A judge&apos;s package or an edition</source>
        <translation>El paquete de un juez o una edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is an edition file or a judge&apos;s package.

Merge it into {edition} as a judge&apos;s return (it is checked first), or open it in place of this edition?</source>
        <translation>{file} es un archivo de edición o el paquete de un juez.

¿Incorporarlo a {edition} como envío de un juez (se comprueba antes) o abrirlo en lugar de esta edición?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge as a return</source>
        <translation>Incorporar como envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it</source>
        <translation>Abrirlo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>finalized</source>
        <translation>finalizada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>judge {judge}&apos;s package</source>
        <translation>paquete del juez {judge}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>judge {judge}</source>
        <translation>juez {judge}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>round {code} ({name}), {n} of {total}</source>
        <translation>ronda {code} ({name}), {n} de {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 application</source>
        <translation>1 candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} applications</source>
        <translation>{n} candidaturas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 judge</source>
        <translation>1 juez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} judges</source>
        <translation>{n} jueces</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open or create an edition first</source>
        <translation>Abra o cree antes una edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition is finalized: reopen it first (Results ▸ Reopen…)</source>
        <translation>La edición está finalizada: reábrala antes (Resultados ▸ Reabrir…)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No edition is open</source>
        <translation>No hay ninguna edición abierta</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The results are not finalized</source>
        <translation>Los resultados no están finalizados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a table first (Applications, Judges, Categories, Criteria, Conflicts or Assignments)</source>
        <translation>Muestre antes una tabla (Candidaturas, Jueces, Categorías, Criterios, Conflictos o Asignaciones)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to undo yet</source>
        <translation>Aún no hay nada que deshacer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No edition or package was opened recently</source>
        <translation>No se ha abierto recientemente ninguna edición ni ningún paquete</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="+27"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not done</source>
        <translation>No realizado</translation>
    </message>
</context>
<context>
    <name>NewEditionDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+120"/>
        <source>New edition</source>
        <translation>Nueva edición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 5th WeGO Awards</source>
        <translation>p. ej., 5.ª edición de WeGO Awards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition name</source>
        <translation>Nombre de la edición</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who gives the awards, e.g. World Smart Sustainable Cities Organization</source>
        <translation>Quién otorga los premios, p. ej., World Smart Sustainable Cities Organization</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on the certificates and the report</source>
        <translation>Se imprime en los certificados y en el informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeGO&apos;s six smart-city categories</source>
        <translation>Las seis categorías de ciudad inteligente de WeGO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with WeGO&apos;s six smart-city categories</source>
        <translation>Empezar con las seis categorías de ciudad inteligente de WeGO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My own (import a categories file next, or add them one by one)</source>
        <translation>Las mías (importar después un archivo de categorías, o añadirlas una a una)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with my own categories</source>
        <translation>Empezar con mis propias categorías</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File of the new edition</source>
        <translation>Archivo de la nueva edición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file of the new edition</source>
        <translation>Elegir el archivo de la nueva edición</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year</source>
        <translation>&amp;Año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>Arc&amp;hivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The edition starts with the six WeGO categories; import criteria, applications and judges next (File ▸ Import, or drop the files on the window).</source>
        <translation>La edición empieza con las seis categorías de WeGO; importe después criterios, candidaturas y jueces (Archivo ▸ Importar, o suelte los archivos sobre la ventana).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The edition starts with no categories: import a categories file first (File ▸ Import), or add them one by one; then criteria, applications and judges.</source>
        <translation>La edición empieza sin categorías: importe antes un archivo de categorías (Archivo ▸ Importar) o añádalas una a una; después, criterios, candidaturas y jueces.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file for the new edition</source>
        <translation>El archivo para la nueva edición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edition files</source>
        <translation>Archivos de edición</translation>
    </message>
</context>
<context>
    <name>OffsetChart</name>
    <message>
        <location filename="../../ui/charts.py" line="+76"/>
        <source>more lenient</source>
        <translation>más benévolo</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-160"/>
        <source>Jury&apos;s decision in {category}</source>
        <translation>Decisión del jurado en {category}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Required: why the jury decided so (kept in the history and printed in the report)</source>
        <translation>Obligatorio: por qué decidió así el jurado (queda en el historial y se imprime en el informe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The computed award is replaced by the jury&apos;s decision. A reason is required.</source>
        <translation>El premio calculado se sustituye por la decisión del jurado. Se exige un motivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Award</source>
        <translation>Premio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the decision</source>
        <translation>Registrar la decisión</translation>
    </message>
</context>
<context>
    <name>ProgressBars</name>
    <message>
        <location filename="../../ui/charts.py" line="-121"/>
        <source>scored</source>
        <translation>puntuadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>partly scored</source>
        <translation>parcialmente puntuadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to do</source>
        <translation>pendientes</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../ui/progress.py" line="+49"/>
        <source>Judges: applications scored of those assigned</source>
        <translation>Jueces: candidaturas puntuadas de las asignadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories: judge-application pairs scored</source>
        <translation>Categorías: pares juez-candidatura puntuados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judges&apos; progress</source>
        <translation>Progreso de los jueces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories&apos; progress</source>
        <translation>Progreso de las categorías</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>Asignadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scored</source>
        <translation>Puntuadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly scored</source>
        <translation>Parcialmente puntuadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missing</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whom to remind</source>
        <translation>A quién recordar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whom to remind (most missing first)</source>
        <translation>A quién recordar (primero a quien más le falta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a judge&apos;s return…</source>
        <translation>Incorporar el envío de un juez…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A package or filled sheet a judge sent back: checked first, then merged (Ctrl+Shift+I)</source>
        <translation>Un paquete o una hoja rellenada que un juez ha devuelto: primero se comprueba y luego se incorpora (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy their e-mail addresses</source>
        <translation>Copiar sus direcciones de correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The addresses of the judges still scoring, for your mail program</source>
        <translation>Las direcciones de los jueces que aún están puntuando, para su programa de correo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to them…</source>
        <translation>Escribirles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reminder in your mail program, to the judges still scoring</source>
        <translation>Un recordatorio en su programa de correo, para los jueces que aún están puntuando</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading the progress…</source>
        <translation>Leyendo el progreso…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{figures} · updating…</source>
        <translation>{figures} · actualizando…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>finalized</source>
        <translation>finalizada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open for scoring</source>
        <translation>abierta a la puntuación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{scored} of {assigned} judge-application pairs scored ({percent}%) · {applications} applications, {judges} judges, {criteria} criteria · {scores} scores · {state}</source>
        <translation>{scored} de {assigned} pares juez-candidatura puntuados ({percent}%) · {applications} candidaturas, {judges} jueces, {criteria} criterios · {scores} puntuaciones · {state}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{judge} ({n} to go)</source>
        <translation>{judge} (faltan {n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still scoring: {names} and {n} more.</source>
        <translation>Aún puntuando: {names} y {n} más.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still scoring: {names}.</source>
        <translation>Aún puntuando: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every judge has scored every application assigned to them.</source>
        <translation>Todos los jueces han puntuado todas las candidaturas que tienen asignadas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No judge with work left has an e-mail address</source>
        <translation>Ningún juez con trabajo pendiente tiene dirección de correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every judge is done</source>
        <translation>Todos los jueces han terminado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail addresses copied: {n}.</source>
        <translation>Direcciones de correo copiadas: {n}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No mail program could be opened here; the addresses were copied instead.</source>
        <translation>Aquí no se ha podido abrir ningún programa de correo; en su lugar se han copiado las direcciones.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-53"/>
        <source>The reason, as it will stand in the history</source>
        <translation>El motivo, tal como constará en el historial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="-31"/>
        <source>Add a category</source>
        <translation>Añadir una categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit category {key}</source>
        <translation>Editar la categoría {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a criterion</source>
        <translation>Añadir un criterio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit criterion {key}</source>
        <translation>Editar el criterio {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an application</source>
        <translation>Añadir una candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit application {key}</source>
        <translation>Editar la candidatura {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a judge</source>
        <translation>Añadir un juez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit judge {key}</source>
        <translation>Editar el juez {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a conflict</source>
        <translation>Añadir un conflicto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit conflict {key}</source>
        <translation>Editar el conflicto {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an assignment</source>
        <translation>Añadir una asignación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit assignment {key}</source>
        <translation>Editar la asignación {key}</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Fields marked * are required. Nothing is written until you press Save; the same rules as the imports apply.</source>
        <translation>Los campos marcados con * son obligatorios. No se escribe nada hasta que pulse Guardar; se aplican las mismas reglas que en las importaciones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record&apos;s fields</source>
        <translation>Los campos del registro</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{n} problems, shown beside their fields; nothing was written.</source>
        <translation>{n} problemas, indicados junto a sus campos; no se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 problem, shown beside its field; nothing was written.</source>
        <translation>1 problema, indicado junto a su campo; no se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save this change?</source>
        <translation>¿Guardar este cambio?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved.</source>
        <translation>No guardado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../ui/tr_catalog.py" line="+4"/>
        <source>Not done</source>
        <translation>No realizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>

You can take it back with Edit ▸ Undo.</source>
        <translation>

Puede deshacerlo con Editar ▸ Deshacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go ahead</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not deleted</source>
        <translation>No eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {key}?</source>
        <translation>¿Eliminar {key}?</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/results.py" line="-97"/>
        <source>Judge-effect model (default)</source>
        <translation>Modelo de efecto del juez (predeterminado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain mean</source>
        <translation>Media simple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standardised (z-score)</source>
        <translation>Estandarizada (puntuación z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trimmed mean</source>
        <translation>Media recortada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+169"/>
        <source>Application</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+168"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+166"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw mean</source>
        <translation>Media bruta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+206"/>
        <source>Judges</source>
        <translation>Jueces</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>SE</source>
        <translation>EE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award</source>
        <translation>Premio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>Puntuadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offset</source>
        <translation>Sesgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlier</source>
        <translation>Atípico</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+31"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+4"/>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute</source>
        <translation>Calcular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute the results again (F5)</source>
        <translation>Volver a calcular los resultados (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jury&apos;s decision…</source>
        <translation>Decisión del jurado…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear a decision…</source>
        <translation>Anular una decisión…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalize…</source>
        <translation>Finalizar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen…</source>
        <translation>Reabrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass</source>
        <translation>A favor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation>En contra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share passing</source>
        <translation>Proporción a favor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The screeners&apos; votes</source>
        <translation>Los votos de los evaluadores</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scores with their 95% intervals (the leading applications)</source>
        <translation>Puntuaciones con sus intervalos del 95 % (las candidaturas en cabeza)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Judges&apos; offsets (removed by the judge-effect model)</source>
        <translation>Sesgos de los jueces (eliminados por el modelo de efecto del juez)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Judges&apos; statistics</source>
        <translation>Estadísticas de los jueces</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awards by category</source>
        <translation>Premios por categoría</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computing the results…</source>
        <translation>Calculando los resultados…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Round {code} ({name}) is a qualifying round: its results are the screeners&apos; votes.</source>
        <translation>La ronda {code} ({name}) es clasificatoria: sus resultados son los votos de los evaluadores.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Finalized</source>
        <translation>Finalizados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the results are locked</source>
        <translation>los resultados están bloqueados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not finalized</source>
        <translation>sin finalizar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>judges&apos; agreement (ICC) {raw} raw, {adjusted} adjusted</source>
        <translation>concordancia entre jueces (CCI) {raw} bruta, {adjusted} ajustada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>judges&apos; agreement (ICC) {raw} raw</source>
        <translation>concordancia entre jueces (CCI) {raw} bruta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} judge-application pairs are partly scored and not counted.</source>
        <translation>{n} pares juez-candidatura están parcialmente puntuados y no se cuentan.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>estimated from the scores</source>
        <translation>estimada a partir de las puntuaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed</source>
        <translation>fija</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated from the scores: judges&apos; leniency spread (sd) {offset}, noise {noise}, quality {quality}; shrinkage {shrinkage} ({how}).</source>
        <translation>Estimado a partir de las puntuaciones: dispersión de la benevolencia de los jueces (de) {offset}, ruido {noise}, calidad {quality}; contracción {shrinkage} ({how}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>For the jury:</source>
        <translation>Para el jurado:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No decision to clear</source>
        <translation>No hay ninguna decisión que anular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The jury has made no decision in {category}.</source>
        <translation>El jurado no ha tomado ninguna decisión en {category}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear a decision</source>
        <translation>Anular una decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which decision in {category}?</source>
        <translation>¿Qué decisión en {category}?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the results before finalizing…</source>
        <translation>Comprobando los resultados antes de finalizar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Not finalized</source>
        <translation>No finalizados</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Not finalized yet</source>
        <translation>Aún sin finalizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The results cannot be finalized while an exact tie at an award boundary has no jury decision:</source>
        <translation>Los resultados no se pueden finalizar mientras un empate exacto en el límite de un premio no tenga decisión del jurado:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the jury&apos;s decision first (Jury&apos;s decision…).</source>
        <translation>Registre antes la decisión del jurado (Decisión del jurado…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalizing locks the results: no score, application or rule can change until the edition is reopened (with a reason). Certificates then carry no DRAFT mark.</source>
        <translation>Finalizar bloquea los resultados: ninguna puntuación, candidatura ni regla puede cambiar hasta que se reabra la edición (con un motivo). Después, los certificados ya no llevan la marca DRAFT (borrador).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} awards, method {method}.</source>
        <translation>{n} premios, método {method}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before you finalize, the jury should have looked at these {n}:</source>
        <translation>Antes de finalizar, el jurado debería haber revisado estos {n} casos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and {n} more</source>
        <translation>… y {n} más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalize the results</source>
        <translation>Finalizar los resultados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finalize</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reopen the results</source>
        <translation>Reabrir los resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopening unlocks scores, applications and rules. Why?</source>
        <translation>Reabrir desbloquea las puntuaciones, las candidaturas y las reglas. ¿Por qué?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not reopened</source>
        <translation>No reabiertos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the results</source>
        <translation>Exportar los resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The results were written to {file}.</source>
        <translation>Los resultados se han guardado en {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <location filename="../../ui/tr_catalog.py" line="+1"/>
        <source>The scores alone would not have ranked it (it is not fully scored).</source>
        <translation>Las puntuaciones por sí solas no le habrían dado un puesto (no está puntuada por completo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By the scores alone it ranked {rank} ({score}), {gap} below the {place} place this award stands for.</source>
        <translation>Según las puntuaciones por sí solas, quedó en el puesto {rank} ({score}), {gap} por debajo del puesto {place} al que corresponde este premio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By the scores alone it ranked {rank} ({score}), {gap} above the {place} place this award stands for.</source>
        <translation>Según las puntuaciones por sí solas, quedó en el puesto {rank} ({score}), {gap} por encima del puesto {place} al que corresponde este premio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By the scores alone it ranked {rank} ({score}).</source>
        <translation>Según las puntuaciones por sí solas, quedó en el puesto {rank} ({score}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no. {n}</source>
        <translation>n.º {n}</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <location line="+1"/>
        <source>qualifying</source>
        <translation>clasificatoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scoring</source>
        <translation>de puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>prevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kind of round</source>
        <translation>Tipo de ronda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring: judges score the criteria</source>
        <translation>De puntuación: los jueces puntúan los criterios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualifying: screeners say pass or fail</source>
        <translation>Clasificatoria: los evaluadores dicen si pasa o no</translation>
    </message>
</context>
<context>
    <name>RoundsDialog</name>
    <message>
        <location filename="../../ui/rounds.py" line="-154"/>
        <source>Rounds of judging</source>
        <translation>Rondas de evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each round has its own criteria, assignments, packages and scores; the open round is the one judged now. The awards come from the last round.</source>
        <translation>Cada ronda tiene sus propios criterios, asignaciones, paquetes y puntuaciones; la ronda abierta es la que se evalúa ahora. Los premios salen de la última ronda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rounds</source>
        <translation>Las rondas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add a round…</source>
        <translation>&amp;Añadir una ronda…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit the round…</source>
        <translation>&amp;Editar la ronda…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the selected round, or change its kind while nothing is scored in it</source>
        <translation>Cambiar el nombre de la ronda seleccionada, o su tipo mientras no haya nada puntuado en ella</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ad&amp;vance to the next round…</source>
        <translation>A&amp;vanzar a la siguiente ronda…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the previous round&apos;s, when it opens</source>
        <translation>los de la ronda anterior, cuando se abra</translation>
    </message>
</context>
<context>
    <name>ScoreForm</name>
    <message>
        <location filename="../../ui/scoreform.py" line="+72"/>
        <source>Your comment</source>
        <translation>Su comentario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+35"/>
        <source>✓ saved</source>
        <translation>✓ guardada</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>saving…</source>
        <translation>guardando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cleared</source>
        <translation>borrada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not saved</source>
        <translation>no guardada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{done} of {n} criteria scored</source>
        <translation>{done} de {n} criterios puntuados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All {n} criteria scored · weighted total {total} / 10</source>
        <translation>Los {n} criterios puntuados · total ponderado {total} / 10</translation>
    </message>
</context>
<context>
    <name>ScoreScale</name>
    <message>
        <location filename="../../ui/scorescale.py" line="+47"/>
        <source>Type a score (digits, &apos;.&apos; for a half), or use the arrow keys; Delete clears it; Tab goes to the next criterion</source>
        <translation>Escriba una puntuación (cifras, &apos;.&apos; para medio punto) o use las flechas; Delete la borra; Tab pasa al criterio siguiente</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>&apos;{text}&apos; is not a score</source>
        <translation>«{text}» no es una puntuación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} is above the highest score, {limit}: not taken</source>
        <translation>{text} está por encima de la puntuación más alta, {limit}: no se acepta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} is below the lowest score, {limit}: not taken</source>
        <translation>{text} está por debajo de la puntuación más baja, {limit}: no se acepta</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../../ui/scoring.py" line="+85"/>
        <source>Scoring as</source>
        <translation>Puntúa como</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring as judge</source>
        <translation>Puntúa como juez</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%v of %m applications scored</source>
        <translation>%v de %m candidaturas puntuadas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send my scores back…</source>
        <translation>Enviar mis puntuaciones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the signed file to send to the secretariat (Ctrl+Shift+S)</source>
        <translation>Guardar el archivo firmado para enviarlo a la secretaría (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your applications</source>
        <translation>Sus candidaturas</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+459"/>
        <source>Your totals beside the panel&apos;s</source>
        <translation>Sus totales junto a los del jurado</translation>
    </message>
    <message>
        <location line="-458"/>
        <source>Weighted totals (0 to 10) of the applications you have scored completely, beside the whole panel&apos;s (anonymous)</source>
        <translation>Totales ponderados (de 0 a 10) de las candidaturas que ha puntuado por completo, junto a los de todo el jurado (anónimos)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Summary of the application</source>
        <translation>Resumen de la candidatura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have a conflict with this application…</source>
        <translation>Tengo un conflicto con esta candidatura…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare a conflict of interest: you will not see or score this application again</source>
        <translation>Declarar un conflicto de intereses: no volverá a ver ni a puntuar esta candidatura</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The scoring form</source>
        <translation>El formulario de puntuación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Digits or arrows score · Tab next criterion · Ctrl+Enter or PgDown next application · PgUp previous</source>
        <translation>Cifras o flechas: puntuar · Tab: criterio siguiente · Ctrl+Enter o PgDown: candidatura siguiente · PgUp: anterior</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the judge you are scoring as, above.</source>
        <translation>Elija arriba el juez con el que puntúa.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The results of this edition are finalized: scores are locked and shown read-only.</source>
        <translation>Los resultados de esta edición están finalizados: las puntuaciones están bloqueadas y se muestran en modo de solo lectura.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a judge…</source>
        <translation>Elija un juez…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the judge you are scoring as, above. They see only the applications assigned to them, never one they have a conflict with.</source>
        <translation>Elija arriba el juez con el que puntúa. Solo ve las candidaturas que tiene asignadas, nunca una con la que tenga un conflicto.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Your applications, judge {judge}</source>
        <translation>Sus candidaturas, juez {judge}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge {judge} has no applications to score.</source>
        <translation>El juez {judge} no tiene candidaturas que puntuar.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No summary was given with this application.</source>
        <translation>Esta candidatura no incluye ningún resumen.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Declare a conflict</source>
        <translation>Declarar un conflicto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will not see or score {application} again, and the secretariat will know why. The {n} scores you gave it will be cleared. What is the conflict?</source>
        <translation>No volverá a ver ni a puntuar {application}, y la secretaría sabrá por qué. Se borrarán las {n} puntuaciones que le dio. ¿Cuál es el conflicto?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You will not see or score {application} again, and the secretariat will know why. What is the conflict?</source>
        <translation>No volverá a ver ni a puntuar {application}, y la secretaría sabrá por qué. ¿Cuál es el conflicto?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declare</source>
        <translation>Declarar</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>score of {application}, {criterion}</source>
        <translation>la puntuación de {application}, {criterion}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your comment will be saved with your first score of this application.</source>
        <translation>Su comentario se guardará con su primera puntuación de esta candidatura.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: {error}</source>
        <translation>No guardado: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ All changes saved ({time})</source>
        <translation>✓ Todos los cambios guardados ({time})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your totals</source>
        <translation>Sus totales</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings.py" line="+106"/>
        <source>Edition settings</source>
        <translation>Configuración de la edición</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edition</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Awards and method</source>
        <translation>&amp;Premios y método</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificate</source>
        <translation>&amp;Certificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the settings…</source>
        <translation>Cargando la configuración…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply every change on every page</source>
        <translation>Aplicar todos los cambios de todas las páginas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edition name</source>
        <translation>Nombre de la edición</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed on the certificates and the report</source>
        <translation>Se imprime en los certificados y en el informe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. World Smart Sustainable Cities Organization</source>
        <translation>p. ej., World Smart Sustainable Cities Organization</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who gives the awards; printed on the certificates and the report</source>
        <translation>Quién otorga los premios; se imprime en los certificados y en el informe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ceremony date</source>
        <translation>Fecha de la ceremonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceremony date not set</source>
        <translation>Fecha de la ceremonia sin definir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a date the certificates carry the day the results are finalized</source>
        <translation>Sin fecha, los certificados llevan el día en que se finalizan los resultados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Seoul</source>
        <translation>p. ej., Seúl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceremony place</source>
        <translation>Lugar de la ceremonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the awards are handed out; the certificate&apos;s wording can print it as {ceremony_place}</source>
        <translation>Dónde se entregan los premios; el texto del certificado puede imprimirlo como {ceremony_place}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate language</source>
        <translation>Idioma de los certificados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the certificates&apos; wording, award names and date; two print side by side. A template can word each language its own way.</source>
        <translation>El idioma del texto, los nombres de los premios y la fecha de los certificados; dos se imprimen uno junto al otro. Una plantilla puede redactar cada idioma a su manera.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year</source>
        <translation>&amp;Año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceremony &amp;date</source>
        <translation>&amp;Fecha de la ceremonia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ceremony &amp;place</source>
        <translation>&amp;Lugar de la ceremonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate &amp;language</source>
        <translation>&amp;Idioma de los certificados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name, year and organisation head every certificate and the report. Without a ceremony date the certificates carry the day the results are finalized. The place is printed where the certificate&apos;s wording says {ceremony_place} (see the Certificate page, e.g. the date line).</source>
        <translation>El nombre, el año y la organización encabezan cada certificado y el informe. Sin fecha de la ceremonia, los certificados llevan el día en que se finalizan los resultados. El lugar se imprime donde el texto del certificado dice {ceremony_place} (véase la página Certificado, p. ej., la línea de la fecha).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Awards per category</source>
        <translation>Premios por categoría</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> per category</source>
        <translation> por categoría</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+41"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>How the judges&apos; scores become each application&apos;s score</source>
        <translation>Cómo las puntuaciones de los jueces se convierten en la puntuación de cada candidatura</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shrinkage of judge offsets</source>
        <translation>Contracción de los sesgos de los jueces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How strongly each judge&apos;s leniency is pulled towards zero (judge-effect model)</source>
        <translation>Con qué fuerza se lleva hacia cero la benevolencia de cada juez (modelo de efecto del juez)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate from the scores (recommended)</source>
        <translation>Estimar a partir de las puntuaciones (recomendado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimate the shrinkage from the scores</source>
        <translation>Estimar la contracción a partir de las puntuaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The noise variance over the judges&apos; offset variance, estimated from this edition&apos;s scores; untick to fix a number</source>
        <translation>La varianza del ruido dividida por la varianza de los sesgos de los jueces, estimada a partir de las puntuaciones de esta edición; desmarque para fijar un número</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minimum score for an award</source>
        <translation>Puntuación mínima para un premio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An award tier stays empty below this score; &apos;none&apos; for no minimum</source>
        <translation>Un nivel de premio queda vacío por debajo de esta puntuación; &apos;none&apos; para ningún mínimo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Near tie below</source>
        <translation>Casi empate por debajo de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two applications closer than this at an award boundary are flagged for the jury</source>
        <translation>Dos candidaturas más próximas que esto en el límite de un premio se señalan al jurado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low confidence below</source>
        <translation>Baja confianza por debajo de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An award whose confidence is below this is flagged for the jury</source>
        <translation>Un premio cuya confianza esté por debajo de esto se señala al jurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No judge scores an application from their own country</source>
        <translation>Ningún juez puntúa una candidatura de su propio país</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own-country rule</source>
        <translation>Regla del propio país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A judge from the applicant&apos;s country counts as conflicted</source>
        <translation>Un juez del país del candidato se considera en conflicto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Shrinkage of judge offsets</source>
        <translation>Con&amp;tracción de los sesgos de los jueces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum score for an a&amp;ward</source>
        <translation>Puntuación &amp;mínima para un premio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near &amp;tie below</source>
        <translation>Casi empate por &amp;debajo de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Low confidence below</source>
        <translation>&amp;Baja confianza por debajo de</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signatories (one to three)</source>
        <translation>Firmantes (de uno a tres)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Add a signatory</source>
        <translation>Añadir un firmante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wording</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Placeholders filled in on each certificate: {organisation} {edition} {year} {award} {category} {city} {country} {title} {application} {date} {ceremony_place} {code}. Write {{ or }} for a brace.</source>
        <translation>Marcadores que se rellenan en cada certificado: {organisation} {edition} {year} {award} {category} {city} {country} {title} {application} {date} {ceremony_place} {code}. Escriba {{ o }} para obtener una llave.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Award names</source>
        <translation>Nombres de los premios</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview status</source>
        <translation>Estado de la vista previa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Certificate preview</source>
        <translation>Vista previa del certificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the edition&apos;s certificates drawn with the design as it is now, before saving</source>
        <translation>Uno de los certificados de la edición, dibujado con el diseño actual, antes de guardar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The preview needs Qt&apos;s PDF module (PySide6-Addons).</source>
        <translation>La vista previa necesita el módulo PDF de Qt (PySide6-Addons).</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The results are finalized, so the settings are locked. Reopen the results first (Results ▸ Reopen…) to change them.</source>
        <translation>Los resultados están finalizados, así que la configuración está bloqueada. Reabra antes los resultados (Resultados ▸ Reabrir…) para cambiarla.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Drawing the preview…</source>
        <translation>Dibujando la vista previa…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>One of the edition&apos;s certificates, as it is printed now.</source>
        <translation>Uno de los certificados de la edición, tal como se imprime ahora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the edition&apos;s certificates, drawn as the fields are now; nothing is saved until you press Save.</source>
        <translation>Uno de los certificados de la edición, dibujado con los campos tal como están ahora; no se guarda nada hasta que pulse Guardar.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A folder for the edition&apos;s certificate template</source>
        <translation>Una carpeta para la plantilla de certificado de la edición</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved.</source>
        <translation>No guardado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings not saved</source>
        <translation>Configuración no guardada</translation>
    </message>
</context>
<context>
    <name>SignatoryBox</name>
    <message>
        <location line="-681"/>
        <source>e.g. Secretary General</source>
        <translation>p. ej., Secretario General</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../ui/tables.py" line="+60"/>
        <source>No applications yet.

Import them with File ▸ Import a file, or drop applications.csv (or .xlsx) on this window.</source>
        <translation>Aún no hay candidaturas.

Impórtelas con Archivo ▸ Importar un archivo, o suelte applications.csv (o .xlsx) sobre esta ventana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No judges yet.

Import them with File ▸ Import a file (judges.csv, with their conflicts).</source>
        <translation>Aún no hay jueces.

Impórtelos con Archivo ▸ Importar un archivo (judges.csv, con sus conflictos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts declared.

They come with the judges file (its conflicts column), from the judges&apos; packages, or from Edition ▸ Declare a conflict (or the Add… button above).</source>
        <translation>No hay conflictos declarados.

Llegan con el archivo de jueces (su columna de conflictos), desde los paquetes de los jueces o desde Edición ▸ Declarar un conflicto (o con el botón Añadir… de arriba).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No categories yet.

Add them one by one with Add… above, or import categories.csv (code, name, description).</source>
        <translation>Aún no hay categorías.

Añádalas una a una con Añadir… (arriba) o importe categories.csv (code, name, description).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No criteria yet.

Add them one by one with Add… above (with the rubric a judge sees), or import criteria.csv.</source>
        <translation>Aún no hay criterios.

Añádalos uno a uno con Añadir… (arriba), con la rúbrica que ve el juez, o importe criteria.csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No assignments: every judge scores every application they have no conflict with.

To share the work out, use Edition ▸ Assign judges automatically, or import an assignments file.</source>
        <translation>No hay asignaciones: cada juez puntúa todas las candidaturas con las que no tiene conflicto.

Para repartir el trabajo, use Edición ▸ Asignar jueces automáticamente, o importe un archivo de asignaciones.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add an application…</source>
        <translation>Añadir una candidatura…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this application…</source>
        <translation>Editar esta candidatura…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this application…</source>
        <translation>Eliminar esta candidatura…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an application first.</source>
        <translation>Seleccione antes una candidatura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 application</source>
        <translation>1 candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} applications</source>
        <translation>{n} candidaturas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} applications</source>
        <translation>{n} de {total} candidaturas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a judge…</source>
        <translation>Añadir un juez…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this judge…</source>
        <translation>Editar este juez…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this judge…</source>
        <translation>Eliminar este juez…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a judge first.</source>
        <translation>Seleccione antes un juez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 judge</source>
        <translation>1 juez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} judges</source>
        <translation>{n} jueces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} judges</source>
        <translation>{n} de {total} jueces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a conflict…</source>
        <translation>Añadir un conflicto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this conflict…</source>
        <translation>Editar este conflicto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this conflict…</source>
        <translation>Eliminar este conflicto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a conflict first.</source>
        <translation>Seleccione antes un conflicto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 conflict</source>
        <translation>1 conflicto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} conflicts</source>
        <translation>{n} conflictos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} conflicts</source>
        <translation>{n} de {total} conflictos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an assignment…</source>
        <translation>Añadir una asignación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this assignment…</source>
        <translation>Editar esta asignación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this assignment…</source>
        <translation>Eliminar esta asignación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an assignment first.</source>
        <translation>Seleccione antes una asignación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 assignment</source>
        <translation>1 asignación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} assignments</source>
        <translation>{n} asignaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} assignments</source>
        <translation>{n} de {total} asignaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a category…</source>
        <translation>Añadir una categoría…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this category…</source>
        <translation>Editar esta categoría…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this category…</source>
        <translation>Eliminar esta categoría…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a category first.</source>
        <translation>Seleccione antes una categoría.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 category</source>
        <translation>1 categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} categories</source>
        <translation>{n} categorías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} categories</source>
        <translation>{n} de {total} categorías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a criterion…</source>
        <translation>Añadir un criterio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this criterion…</source>
        <translation>Editar este criterio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this criterion…</source>
        <translation>Eliminar este criterio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a criterion first.</source>
        <translation>Seleccione antes un criterio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 criterion</source>
        <translation>1 criterio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} criteria</source>
        <translation>{n} criterios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} criteria</source>
        <translation>{n} de {total} criterios</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filter the table</source>
        <translation>Filtrar la tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter: type words found in any column (e.g. &apos;seoul mobility&apos;)</source>
        <translation>Filtro: escriba palabras de cualquier columna (p. ej., «seoul mobility»)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Add a record (Insert)</source>
        <translation>Añadir un registro (Insert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected record (Enter)</source>
        <translation>Editar el registro seleccionado (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected record (Delete); says first what goes with it</source>
        <translation>Eliminar el registro seleccionado (Delete); antes indica qué se elimina con él</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The table</source>
        <translation>La tabla</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The selected record</source>
        <translation>El registro seleccionado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Their totals beside the panel&apos;s</source>
        <translation>Sus totales junto a los del jurado</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The edition is finalized: reopen it first (Results ▸ Reopen…)</source>
        <translation>La edición está finalizada: reábrala antes (Resultados ▸ Reabrir…)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The edition is finalized: nothing can change until it is reopened (Results ▸ Reopen…).</source>
        <translation>La edición está finalizada: nada puede cambiar hasta que se reabra (Resultados ▸ Reabrir…).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Conflicts and assignments are added or deleted, not edited.</source>
        <translation>Los conflictos y las asignaciones se añaden o se eliminan, no se editan.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Declare a conflict…</source>
        <translation>Declarar un conflicto…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>this judge</source>
        <translation>este juez</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Conflicts&lt;/b&gt; (never shown these):</source>
        <translation>&lt;b&gt;Conflictos&lt;/b&gt; (nunca se le muestran):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts declared.</source>
        <translation>No hay conflictos declarados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{scored}&lt;/b&gt; of {total} applications scored, {partial} partly</source>
        <translation>&lt;b&gt;{scored}&lt;/b&gt; de {total} candidaturas puntuadas, {partial} parcialmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{scored}&lt;/b&gt; of {total} applications scored</source>
        <translation>&lt;b&gt;{scored}&lt;/b&gt; de {total} candidaturas puntuadas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a judge to see it here.</source>
        <translation>Seleccione un juez para verlo aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an application to see it here.</source>
        <translation>Seleccione una candidatura para verla aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document: {file}</source>
        <translation>Documento: {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No document attached.</source>
        <translation>Ningún documento adjunto.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="-776"/>
        <source>Applications</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges</source>
        <translation>Jueces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments</source>
        <translation>Asignaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates</source>
        <translation>Certificados</translation>
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
        <translation>Gestione un concurso de premios: candidaturas, puntuaciones de los jueces, premios y certificados.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open an edition…</source>
        <translation>Abrir una edición…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The secretariat&apos;s file of a competition (.db).</source>
        <translation>El archivo de un concurso que lleva la secretaría (.db).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a judge&apos;s package…</source>
        <translation>Abrir el paquete de un juez…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The file the secretariat sent you to score applications, even offline.</source>
        <translation>El archivo que le envió la secretaría para puntuar candidaturas, incluso sin conexión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new edition…</source>
        <translation>Crear una nueva edición…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a competition: name and year; then import criteria, applications and judges.</source>
        <translation>Empiece un concurso: nombre y año; después, importe criterios, candidaturas y jueces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the demo</source>
        <translation>Probar la demo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The 4th WeGO Awards (2020): 52 applications, 6 judges, ready to explore.</source>
        <translation>La 4.ª edición de WeGO Awards (2020): 52 candidaturas, 6 jueces, lista para explorar.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Recently opened</source>
        <translation>Abiertos recientemente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version {version}</source>
        <translation>versión {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the user guide (F1)</source>
        <translation>Leer la guía del usuario (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secretariat&apos;s edition step by step, and the judge&apos;s evening</source>
        <translation>Cómo lleva la secretaría una edición, paso a paso, y la velada de puntuación del juez</translation>
    </message>
</context>
<context>
    <name>WorkloadModel</name>
    <message>
        <location filename="../../ui/workload.py" line="+43"/>
        <source>Application</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>Puntuadas</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>{done} of {n}</source>
        <translation>{done} de {n}</translation>
    </message>
</context>
<context>
    <name>_PdfField</name>
    <message>
        <location filename="../../ui/forms.py" line="+17"/>
        <source>A PDF file (leave empty to keep the current one)</source>
        <translation>Un archivo PDF (déjelo vacío para conservar el actual)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application&apos;s PDF document</source>
        <translation>El documento PDF de la candidatura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the PDF document</source>
        <translation>Elegir el documento PDF</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now: {file}</source>
        <translation>Actual: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No document attached yet.</source>
        <translation>Aún no hay ningún documento adjunto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application&apos;s document</source>
        <translation>El documento de la candidatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documentos PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>_Picker</name>
    <message>
        <location line="-271"/>
        <source>Type to find the judge…</source>
        <translation>Escriba para buscar el juez…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find the application…</source>
        <translation>Escriba para buscar la candidatura…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find the category…</source>
        <translation>Escriba para buscar la categoría…</translation>
    </message>
</context>
</TS>
