<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddRoundDialog</name>
    <message>
        <location filename="../../ui/rounds.py" line="+249"/>
        <source>Add a round</source>
        <translation>Добавить тур</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The round&apos;s code</source>
        <translation>Код тура</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Shortlist, Final</source>
        <translation>например: Шорт-лист, Финал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The round&apos;s name</source>
        <translation>Название тура</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None: the previous round&apos;s criteria</source>
        <translation>Нет: критерии предыдущего тура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A criteria file of the round&apos;s own</source>
        <translation>Собственный файл критериев тура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;riteria</source>
        <translation>К&amp;ритерии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the round</source>
        <translation>Добавить тур</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The round&apos;s criteria</source>
        <translation>Критерии тура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables</source>
        <translation>Таблицы</translation>
    </message>
</context>
<context>
    <name>AdvanceDialog</name>
    <message>
        <location line="+28"/>
        <source>Advance from {source} to {target}</source>
        <translation>Переход из {source} в {target}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How applications go on</source>
        <translation>Как заявки проходят дальше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Those the screeners passed</source>
        <translation>Одобренные экспертами</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The top of each category</source>
        <translation>Лучшие в каждой категории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Those with at least a score</source>
        <translation>Набравшие не меньше заданного балла</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many of each category</source>
        <translation>Сколько из каждой категории</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lowest score that goes on</source>
        <translation>Наименьший проходной балл</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than half</source>
        <translation>больше половины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of screeners who must pass it</source>
        <translation>Доля экспертов, которые должны одобрить заявку</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rule</source>
        <translation>&amp;Правило</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value</source>
        <translation>&amp;Значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show the cut</source>
        <translation>Показать &amp;границу отбора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the rule, then show the cut: nothing moves until you advance.</source>
        <translation>Выберите правило, затем покажите границу отбора: ничего не изменится, пока вы не выполните переход.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cut, category by category</source>
        <translation>Граница отбора по категориям</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score or votes</source>
        <translation>Балл или голоса</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goes on</source>
        <translation>Проходит</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jury</source>
        <translation>Жюри</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Promote…</source>
        <translation>&amp;Допустить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Demote…</source>
        <translation>&amp;Исключить…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The jury, for the selected application:</source>
        <translation>Решение жюри по выбранной заявке:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Advance</source>
        <translation>&amp;Выполнить переход</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>▲ go on to {target}  ·  the cut  ·  stay in {source} ▼</source>
        <translation>▲ проходят в {target}  ·  граница отбора  ·  остаются в {source} ▼</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not scored</source>
        <translation>нет оценок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{passes} pass, {fails} fail</source>
        <translation>за: {passes}, против: {fails}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>promoted</source>
        <translation>допущена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>demoted</source>
        <translation>исключена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TIE: the jury decides</source>
        <translation>РАВЕНСТВО: решает жюри</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} applications go on to {target}.</source>
        <translation>Заявок проходит в {target}: {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tie at the cut: {apps}. Select each and promote or demote it, with the jury&apos;s reason, before advancing.</source>
        <translation>Равенство на границе отбора: {apps}. Прежде чем выполнить переход, выберите каждую из этих заявок и допустите или исключите её, указав причину решения жюри.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Promote {app}</source>
        <translation>Допустить {app}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demote {app}</source>
        <translation>Исключить {app}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app} goes on to the next round whatever its place. Why?</source>
        <translation>{app} проходит в следующий тур независимо от места. По какой причине?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{app} stays out of the next round whatever its place. Why?</source>
        <translation>{app} не проходит в следующий тур независимо от места. По какой причине?</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+199"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
</context>
<context>
    <name>AwardCard</name>
    <message>
        <location filename="../../ui/results.py" line="+108"/>
        <source>confidence %p%</source>
        <translation>уверенность %p%</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;i&gt;not given&lt;/i&gt;</source>
        <translation>&lt;i&gt;не присуждена&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>score {score} · raw mean {raw}</source>
        <translation>балл {score} · исходное среднее {raw}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{award} · jury decision</source>
        <translation>{award} · решение жюри</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jury decision</source>
        <translation>Решение жюри</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The jury gave this award; the scores alone would not have.</source>
        <translation>Эту награду присудило жюри; по одним лишь баллам она не была бы присуждена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidence: the chance this is the right award, given the scores</source>
        <translation>Уверенность: вероятность того, что с учётом баллов награда присуждена верно</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>confidence {percent}%</source>
        <translation>уверенность {percent}%</translation>
    </message>
</context>
<context>
    <name>Awards</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+45"/>
        <source>Gold</source>
        <translation>Золото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silver</source>
        <translation>Серебро</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special Mention</source>
        <translation>Специальный диплом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bronze</source>
        <translation>Бронза</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../ui/certificates.py" line="+72"/>
        <source>Certificates of participation (every applicant)</source>
        <translation>Сертификаты участника (каждому заявителю)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview again</source>
        <translation>Обновить предпросмотр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export certificates…</source>
        <translation>Экспорт сертификатов…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the report…</source>
        <translation>Экспорт отчёта…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificates to preview</source>
        <translation>Сертификаты для предпросмотра</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The PDF layer is not installed: certificates cannot be made here.</source>
        <translation>Модуль PDF не установлен: здесь нельзя изготовить сертификаты.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The results are finalized: the certificates carry their verification codes and no DRAFT mark.</source>
        <translation>Итоги утверждены: на сертификатах есть коды проверки и нет отметки DRAFT («черновик»).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The results are not finalized yet: every certificate carries a large DRAFT mark and no valid verification code.</source>
        <translation>Итоги ещё не утверждены: на каждом сертификате крупная отметка DRAFT («черновик») и нет действительного кода проверки.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Rendering the certificates…</source>
        <translation>Отрисовка сертификатов…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Characters no font can draw</source>
        <translation>Символы, которые не может отобразить ни один шрифт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print anyway</source>
        <translation>Всё равно печатать</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All certificates (for printing)</source>
        <translation>Все сертификаты (для печати)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} certificates previewed (DRAFT)</source>
        <translation>Сертификатов в предпросмотре: {n} (черновик)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} certificates previewed</source>
        <translation>Сертификатов в предпросмотре: {n}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export the certificates into</source>
        <translation>Папка для экспорта сертификатов</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export cancelled; nothing half-written was kept.</source>
        <translation>Экспорт отменён; недописанные файлы не сохранены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} certificates written to {folder}</source>
        <translation>Сертификатов записано: {n}, папка {folder}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the certificates…</source>
        <translation>Запись сертификатов…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the results report</source>
        <translation>Экспорт отчёта об итогах</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the report…</source>
        <translation>Запись отчёта…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report written</source>
        <translation>Отчёт записан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report was written to {file}.</source>
        <translation>Отчёт записан в файл {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report not written</source>
        <translation>Отчёт не записан</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/tablemodel.py" line="+215"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scored by</source>
        <translation>Оценили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя / название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Affiliation</source>
        <translation>Место работы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Judge</source>
        <translation>Член жюри</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge&apos;s name</source>
        <translation>Имя члена жюри</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared by</source>
        <translation>Кем заявлен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores given</source>
        <translation>Выставлено оценок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max</source>
        <translation>Макс.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubric</source>
        <translation>Шкала оценки</translation>
    </message>
</context>
<context>
    <name>CommentBox</name>
    <message>
        <location filename="../../ui/scoreform.py" line="+182"/>
        <source>Your comment for the jury (optional): strengths, doubts, what would change your mind…</source>
        <translation>Ваш комментарий для жюри (необязательно): сильные стороны, сомнения, что могло бы изменить ваше мнение…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="+426"/>
        <source>Declare a conflict of interest</source>
        <translation>Заявить о конфликте интересов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The judge</source>
        <translation>Член жюри</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application they must never score</source>
        <translation>Заявка, которую он никогда не должен оценивать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why (kept in the history), e.g. &apos;advised the city on this project&apos;</source>
        <translation>Причина (сохраняется в истории), например: «консультировал город по этому проекту»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The judge will never see, score or be counted for this application. Scores they already gave it are cleared (the history keeps them).</source>
        <translation>Член жюри никогда не увидит и не оценит эту заявку, и его оценки по ней не будут учитываться. Уже выставленные им оценки удаляются (в истории они сохраняются).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Judge</source>
        <translation>&amp;Член жюри</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Application</source>
        <translation>&amp;Заявка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Declare the conflict</source>
        <translation>Заявить о конфликте</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Choose the judge and the application.</source>
        <translation>Выберите члена жюри и заявку.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing else changes.</source>
        <translation>Больше ничего не меняется.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;&lt;i&gt;Write the reason to go on.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Чтобы продолжить, укажите причину.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Declare the conflict?</source>
        <translation>Заявить о конфликте?</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../ui/scoreform.py" line="-97"/>
        <source>weight {weight} · {share} of the total · {low} to {high}</source>
        <translation>вес {weight} · {share} от итога · от {low} до {high}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score for {criterion}</source>
        <translation>Балл по критерию «{criterion}»</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Not scored yet.</source>
        <translation>Ещё не оценено.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/tr_catalog.py" line="+45"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling… nothing will be kept.</source>
        <translation>Отмена… ничего не будет сохранено.</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../ui/document.py" line="+55"/>
        <location line="+70"/>
        <source>No document attached to this application.</source>
        <translation>К этой заявке не приложен документ.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Smaller (Ctrl+minus, or Ctrl+wheel)</source>
        <translation>Мельче (Ctrl+минус или Ctrl+колесо мыши)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger (Ctrl+plus, or Ctrl+wheel)</source>
        <translation>Крупнее (Ctrl+плюс или Ctrl+колесо мыши)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page as wide as the pane</source>
        <translation>Страница во всю ширину панели</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open in viewer</source>
        <translation>Открыть в просмотрщике</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the document in your PDF viewer</source>
        <translation>Открыть документ в вашей программе просмотра PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Document: {file}</source>
        <translation>Документ: {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Press “Open in viewer” to look at it in your PDF viewer.</source>
        <translation>Нажмите «Открыть в просмотрщике», чтобы посмотреть его в программе просмотра PDF.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No PDF viewer here</source>
        <translation>Нет программы просмотра PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program to show PDF files could be started on this computer. A copy of the document is at:

{path}

Open it from there, or use “Save a copy…” to keep it where you like.</source>
        <translation>На этом компьютере не удалось запустить программу для просмотра PDF. Копия документа находится здесь:

{path}

Откройте её оттуда или воспользуйтесь кнопкой «Сохранить копию…», чтобы сохранить её в удобном месте.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the document</source>
        <translation>Сохранить документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>EditRoundDialog</name>
    <message>
        <location filename="../../ui/rounds.py" line="-286"/>
        <source>Round {code}</source>
        <translation>Тур {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The round&apos;s name</source>
        <translation>Название тура</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kind can change only while nothing is scored in the round; a scoring round then takes its criteria from an import.</source>
        <translation>Вид можно изменить, только пока в туре ничего не оценено; оценочный тур затем получает критерии из импортированного файла.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the round</source>
        <translation>Сохранить тур</translation>
    </message>
</context>
<context>
    <name>EditionActions</name>
    <message>
        <location filename="../../ui/actions.py" line="+60"/>
        <source>Editions and judge packages</source>
        <translation>Конкурсы и пакеты членов жюри</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Judges&apos; returns: packages and sheets</source>
        <translation>Присланное членами жюри: пакеты и таблицы</translation>
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
        <translation>Везде
  Ctrl+O  открыть конкурс или пакет члена жюри
  Ctrl+I  импортировать файл (или перетащить его на окно)
  Ctrl+Shift+I  загрузить оценки, присланные членом жюри
  Ctrl+Z  отменить последнее изменение
  Ctrl+1 … Ctrl+9, Ctrl+0  разделы
  F5  рассчитать итоги
  Ctrl+,  настройки конкурса
  F1  руководство пользователя

Таблицы
  Ctrl+F  фильтр
  Insert или Ctrl+Shift+N  добавить запись
  Enter или Ctrl+E  изменить выбранную запись
  Delete или Ctrl+Del  удалить её (сначала спросит)
  правый щелчок  то же самое в меню

Оценивание
  0–9, &apos;.&apos;  ввести балл (например, 7, 10, 7.5)
  ← → ↑ ↓  на балл ниже или выше (с Shift — на полбалла)
  Home / End  наименьший / наибольший балл
  Delete  стереть балл
  Tab / Shift+Tab  следующий / предыдущий критерий, затем комментарий
  Ctrl+Enter или PgDown  следующая заявка
  PgUp или Ctrl+Shift+Enter  предыдущая заявка
  Ctrl+Z  отменить последнюю выставленную оценку
  Ctrl+Shift+S  отправить мои оценки (в пакете члена жюри)

Каждая оценка сохраняется сразу же, как только выставлена; «✓ Все изменения сохранены» означает, что она уже в базе данных.</translation>
    </message>
    <message>
        <location filename="../../ui/tr_catalog.py" line="-37"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the edition</source>
        <translation>Резервная копия конкурса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign judges automatically</source>
        <translation>Распределить заявки между членами жюри</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges per application (existing assignments are kept, conflicts respected, loads balanced):</source>
        <translation>Членов жюри на заявку (имеющиеся назначения сохраняются, конфликты интересов учитываются, нагрузка распределяется равномерно):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigning judges…</source>
        <translation>Распределение заявок между членами жюри…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the file to send to the secretariat</source>
        <translation>Сохранить файл для отправки в секретариат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one package per judge into</source>
        <translation>Папка для пакетов членов жюри (по одному на каждого)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the judges&apos; packages…</source>
        <translation>Запись пакетов членов жюри…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one Excel sheet per judge into</source>
        <translation>Папка для таблиц Excel членов жюри (по одной на каждого)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the judges&apos; sheets…</source>
        <translation>Запись таблиц членов жюри…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking and merging the return…</source>
        <translation>Проверка и загрузка присланных оценок…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rounds changed: the views now show the open round</source>
        <translation>Туры изменились: разделы теперь показывают открытый тур</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About WeGO Awards</source>
        <translation>О программе WeGO Awards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported, with warnings</source>
        <translation>Импортировано с предупреждениями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition files</source>
        <translation>Файлы конкурсов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send your scores back</source>
        <translation>Отправить оценки секретариату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge packages</source>
        <translation>Пакеты членов жюри</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge a judge&apos;s return</source>
        <translation>Загрузить оценки члена жюри</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to undo.</source>
        <translation>Нечего отменять.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not undone</source>
        <translation>Не отменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a table first (Applications, Judges, Categories, Criteria, Conflicts or Assignments).</source>
        <translation>Сначала откройте таблицу (Заявки, Члены жюри, Категории, Критерии, Конфликты или Назначения).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs an awards competition from applications to printed certificates: offline judging, judge-bias correction, tamper-evident results.</source>
        <translation>Проведение конкурса на соискание наград — от заявок до напечатанных сертификатов: оценивание без сети, поправка на пристрастность членов жюри, итоги, защищённые от незаметных изменений.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone: {what}</source>
        <translation>Отменено: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have scored {done} of your {total} applications completely. Send what you have now? (You can send the package again later; the latest one counts.)</source>
        <translation>Вы полностью оценили {done} из {total} своих заявок. Отправить то, что есть сейчас? (Пакет можно будет отправить ещё раз позже; учитывается последний.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to send</source>
        <translation>Готово к отправке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages written</source>
        <translation>Пакеты записаны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return refused</source>
        <translation>Оценки не приняты</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Return merged</source>
        <translation>Оценки загружены</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrote {n} rows to {file}</source>
        <translation>Записано строк: {n}, файл {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this file to the secretariat (e-mail or a shared folder):

{file}

They merge it with Edition ▸ Merge a judge&apos;s return; it is checked to be yours and unaltered.</source>
        <translation>Отправьте этот файл в секретариат (по эл. почте или через общую папку):

{file}

Там его загрузят через Конкурс ▸ Загрузить оценки члена жюри; при этом проверяется, что файл ваш и не изменён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} packages written to {folder}, each sealed with a passphrase of its own; the passphrases are in {sheet}. Send each judge their own file, and their passphrase apart from it (by phone or in person), then delete the sheet: the passphrases are kept nowhere else. The judges open the file in this app, score offline and send it back.</source>
        <translation>Записано пакетов: {n}, папка {folder}; каждый запечатан своей парольной фразой; фразы — в {sheet}. Отправьте каждому члену жюри его файл, а фразу — отдельно (по телефону или лично), затем удалите лист: фразы больше нигде не хранятся. Члены жюри открывают файл в этом приложении, оценивают без сети и присылают его обратно.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} sheets written to {folder}</source>
        <translation>Таблиц записано: {n}, папка {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backed up to {file}</source>
        <translation>Резервная копия сохранена в {file}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/forms.py" line="-462"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя / название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubric</source>
        <translation>Шкала оценки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document (PDF)</source>
        <translation>Документ (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliation</source>
        <translation>Место работы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge</source>
        <translation>Член жюри</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../ui/guide.py" line="+25"/>
        <source>WeGO Awards · User guide</source>
        <translation>WeGO Awards · Руководство пользователя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user guide is missing from this installation ({path}).</source>
        <translation>Руководство пользователя отсутствует в этой установке ({path}).</translation>
    </message>
</context>
<context>
    <name>Histogram</name>
    <message>
        <location filename="../../ui/charts.py" line="+117"/>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the panel</source>
        <translation>всё жюри</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No complete scores yet</source>
        <translation>Полных оценок пока нет</translation>
    </message>
</context>
<context>
    <name>ImageChooser</name>
    <message>
        <location filename="../../ui/settings.py" line="+198"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out</source>
        <translation>Без изображения</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/importer.py" line="+45"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria and rubric</source>
        <translation>Критерии и шкала оценки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges (with their conflicts)</source>
        <translation>Члены жюри (с их конфликтами интересов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments</source>
        <translation>Назначения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores (a file, or a judge&apos;s sheet)</source>
        <translation>Оценки (файл или таблица члена жюри)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected from its header row</source>
        <translation>Определяется по строке заголовков</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+95"/>
        <source>Import a file</source>
        <translation>Импорт файла</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>A .csv or .xlsx file (or drop it here)</source>
        <translation>Файл .csv или .xlsx (или перетащите его сюда)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file to import</source>
        <translation>Выберите файл для импорта</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the file holds</source>
        <translation>Содержимое файла</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read from the file&apos;s header row; choose a kind only to make sure the file is what you expect (a file of another kind is refused)</source>
        <translation>Определяется по строке заголовков файла; выбирайте вид, только чтобы убедиться, что файл именно тот, что вы ждёте (файл другого вида будет отклонён)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>It &amp;holds</source>
        <translation>&amp;Содержимое</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a file: it is checked whole before anything is written.</source>
        <translation>Выберите файл: он проверяется целиком, прежде чем что-либо будет записано.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Tables (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>Таблицы (*.csv *.xlsx *.xlsm);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The edition is finalized: nothing can be imported until it is reopened (Results ▸ Reopen).</source>
        <translation>Итоги конкурса утверждены: импорт невозможен, пока итоги не будут вновь открыты (Итоги ▸ Вновь открыть итоги).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking {file}…</source>
        <translation>Проверка {file}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{kind} (read from its header row)</source>
        <translation>{kind} (по строке заголовков)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} added</source>
        <translation>добавлено: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} changed</source>
        <translation>изменено: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} unchanged</source>
        <translation>без изменений: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} removed</source>
        <translation>удалено: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ {file} is fine. Importing it: {counts}. Nothing is written until you press Import.</source>
        <translation>✓ Файл {file} в порядке. При импорте: {counts}. Ничего не записывается, пока вы не нажмёте «Импортировать».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ {file} is fine, and the edition already holds exactly this ({n} {kind} unchanged): there is nothing to import.</source>
        <translation>✓ Файл {file} в порядке, и в конкурсе уже есть ровно эти данные (без изменений: {n}, {kind}): импортировать нечего.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file} is an edition file or a judge&apos;s package, not a table. A judge&apos;s return is merged with Edition ▸ Merge a judge&apos;s return (or the button below).</source>
        <translation>{file} — это файл конкурса или пакет члена жюри, а не таблица. Присланные членом жюри оценки загружаются через Конкурс ▸ Загрузить оценки члена жюри (или кнопкой ниже).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge as a judge&apos;s return…</source>
        <translation>Загрузить как оценки члена жюри…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✗ The file is refused whole ({n} problems; the first {shown} are listed): nothing will be written. Correct it and choose it again.</source>
        <translation>✗ Файл отклонён целиком (ошибок: {n}; показаны первые {shown}): ничего не будет записано. Исправьте его и выберите снова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ The file is refused whole ({n} problems): nothing will be written. Correct it and choose it again.</source>
        <translation>✗ Файл отклонён целиком (ошибок: {n}): ничего не будет записано. Исправьте его и выберите снова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ The file is refused whole (1 problem): nothing will be written. Correct it and choose it again.</source>
        <translation>✗ Файл отклонён целиком (1 ошибка): ничего не будет записано. Исправьте его и выберите снова.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Importing {file}… (Cancel leaves the edition as it was)</source>
        <translation>Импорт {file}… (при отмене конкурс останется как был)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Импорт отменён: ничего не записано.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling… nothing will be written.</source>
        <translation>Отмена… ничего не будет записано.</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <location filename="../../ui/letters.py" line="+38"/>
        <source>Feedback letters</source>
        <translation>Письма с отзывами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every applicant receives a letter: how far the application went, each criterion&apos;s average beside the category&apos;s spread, and the judges&apos; comments, signed Judge A, B, C, never with a name.</source>
        <translation>Каждый заявитель получает письмо: как далеко прошла заявка, среднее по каждому критерию рядом с разбросом по категории и комментарии членов жюри, подписанные «Член жюри A, B, C», без указания имён.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The application whose letter to preview</source>
        <translation>Заявка для предпросмотра письма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the figures and charts</source>
        <translation>Показывать цифры и диаграммы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Application</source>
        <translation>&amp;Заявка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Write every letter…</source>
        <translation>Записать &amp;все письма…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write the letters into</source>
        <translation>Папка для писем</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the feedback letters…</source>
        <translation>Запись писем с отзывами…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters written</source>
        <translation>Письма записаны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} letters written to {folder}, one PDF per application.</source>
        <translation>Писем записано: {n}, папка {folder}; по одному PDF на заявку.</translation>
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
        <translation>Разделы</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+635"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location line="-553"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New edition…</source>
        <translation>&amp;Новый конкурс…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open edition or judge&apos;s package…</source>
        <translation>&amp;Открыть конкурс или пакет члена жюри…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>Недавние &amp;конкурсы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the &amp;demo</source>
        <translation>Попробовать &amp;демо</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Импорт файла…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a CSV or Excel file, checked first</source>
        <translation>Импорт файла CSV или Excel с предварительной проверкой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories…</source>
        <translation>Категории…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criteria…</source>
        <translation>Критерии…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications…</source>
        <translation>Заявки…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Judges…</source>
        <translation>Члены жюри…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments…</source>
        <translation>Назначения…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores…</source>
        <translation>Оценки…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send my scores back…</source>
        <translation>Отправить оценки &amp;секретариату…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the file to send to the secretariat</source>
        <translation>Сохранить файл для отправки в секретариат</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close edition</source>
        <translation>&amp;Закрыть конкурс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;dit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+514"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="-510"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a record to the table on screen</source>
        <translation>Добавить запись в таблицу на экране</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected record</source>
        <translation>Изменить выбранную запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected record (asks first)</source>
        <translation>Удалить выбранную запись (сначала спросит)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Editio&amp;n</source>
        <translation>&amp;Конкурс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition, the award rules, the method and the certificate&apos;s design</source>
        <translation>Конкурс, правила награждения, метод расчёта и оформление сертификата</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rounds…</source>
        <translation>Т&amp;уры…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rounds of judging: add one, or advance to the next with the cut shown first</source>
        <translation>Туры оценивания: добавить тур или перейти к следующему, сначала увидев границу отбора</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assign judges automatically…</source>
        <translation>&amp;Распределить заявки между членами жюри…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Declare a conflict…</source>
        <translation>Заявить о &amp;конфликте интересов…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export judge &amp;packages…</source>
        <translation>Экспорт &amp;пакетов для членов жюри…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file per judge to score offline in this app</source>
        <translation>По файлу на каждого члена жюри для оценивания в этой программе без сети</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export judges&apos; Excel &amp;sheets…</source>
        <translation>Экспорт &amp;таблиц Excel для членов жюри…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge a judge&apos;s return…</source>
        <translation>&amp;Загрузить оценки члена жюри…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a package or sheet a judge sent back (checked first)</source>
        <translation>Загрузить пакет или таблицу, присланные членом жюри (с предварительной проверкой)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Results</source>
        <translation>&amp;Итоги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compute</source>
        <translation>&amp;Рассчитать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jury&apos;s decision…</source>
        <translation>Решение &amp;жюри…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear a decision…</source>
        <translation>&amp;Отменить решение жюри…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Finalize…</source>
        <translation>&amp;Утвердить итоги…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reopen…</source>
        <translation>&amp;Вновь открыть итоги…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export results…</source>
        <translation>&amp;Экспорт итогов…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the &amp;report…</source>
        <translation>Экспорт от&amp;чёта…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;certificates…</source>
        <translation>Экспорт &amp;сертификатов…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback &amp;letters…</source>
        <translation>&amp;Письма с отзывами…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A letter for every applicant: preview one, write them all</source>
        <translation>Письмо каждому заявителю: просмотреть одно, записать все</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About WeGO Awards</source>
        <translation>&amp;О программе WeGO Awards</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>WeGO Awards is in {language}.</source>
        <translation>WeGO Awards работает на языке: {language}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeGO Awards will be in {language} the next time it starts.</source>
        <translation>При следующем запуске WeGO Awards будет на языке: {language}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open a judge&apos;s package</source>
        <translation>Открыть пакет члена жюри</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open an edition</source>
        <translation>Открыть конкурс</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening {file}…</source>
        <translation>Открытие {file}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} is a judge&apos;s sealed package. Type its passphrase: the words the secretariat gave you with the file (capitals and spaces do not matter).</source>
        <translation>{file} — запечатанный пакет члена жюри. Введите его парольную фразу: слова, которые секретариат дал вам вместе с файлом (регистр и пробелы не важны).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That passphrase does not open {file}. Check the words and type it again.</source>
        <translation>Эта парольная фраза не открывает {file}. Проверьте слова и введите её снова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Building the demo edition (a few seconds, only the first time)…</source>
        <translation>Создание демонстрационного конкурса (несколько секунд, только в первый раз)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} exists already; choose a new file for a new edition</source>
        <translation>{path} уже существует; для нового конкурса выберите новый файл</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} could not be opened: {error}</source>
        <translation>Не удалось открыть {file}: {error}</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>{file}: open or create an edition first; then drop the file again to import it.</source>
        <translation>{file}: сначала откройте или создайте конкурс, затем снова перетащите файл, чтобы импортировать его.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} was not imported: a judge&apos;s package takes scores only from this window.</source>
        <translation>{file} не импортирован: в пакет члена жюри оценки вносятся только в этом окне.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A judge&apos;s package or an edition</source>
        <translation>Пакет члена жюри или конкурс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is an edition file or a judge&apos;s package.

Merge it into {edition} as a judge&apos;s return (it is checked first), or open it in place of this edition?</source>
        <translation>{file} — это файл конкурса или пакет члена жюри.

Загрузить его в {edition} как оценки члена жюри (сначала он будет проверен) или открыть вместо этого конкурса?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge as a return</source>
        <translation>Загрузить оценки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>finalized</source>
        <translation>итоги утверждены</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>judge {judge}&apos;s package</source>
        <translation>пакет члена жюри {judge}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>judge {judge}</source>
        <translation>член жюри {judge}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>round {code} ({name}), {n} of {total}</source>
        <translation>тур {code} ({name}), {n} из {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 application</source>
        <translation>1 заявка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} applications</source>
        <translation>заявок: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 judge</source>
        <translation>1 член жюри</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} judges</source>
        <translation>членов жюри: {n}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open or create an edition first</source>
        <translation>Сначала откройте или создайте конкурс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition is finalized: reopen it first (Results ▸ Reopen…)</source>
        <translation>Итоги конкурса утверждены: сначала откройте их вновь (Итоги ▸ Вновь открыть итоги…)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No edition is open</source>
        <translation>Конкурс не открыт</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The results are not finalized</source>
        <translation>Итоги не утверждены</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a table first (Applications, Judges, Categories, Criteria, Conflicts or Assignments)</source>
        <translation>Сначала откройте таблицу (Заявки, Члены жюри, Категории, Критерии, Конфликты или Назначения)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Отменить: {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to undo yet</source>
        <translation>Пока нечего отменять</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No edition or package was opened recently</source>
        <translation>Недавно открытых конкурсов и пакетов нет</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="+27"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменилось.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
</context>
<context>
    <name>NewEditionDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+120"/>
        <source>New edition</source>
        <translation>Новый конкурс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 5th WeGO Awards</source>
        <translation>например, 5-я премия WeGO Awards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition name</source>
        <translation>Название конкурса</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who gives the awards, e.g. World Smart Sustainable Cities Organization</source>
        <translation>Кто вручает награды, например World Smart Sustainable Cities Organization</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on the certificates and the report</source>
        <translation>Печатается на сертификатах и в отчёте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeGO&apos;s six smart-city categories</source>
        <translation>Шесть категорий «умного города» WeGO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with WeGO&apos;s six smart-city categories</source>
        <translation>Начать с шести категорий «умного города» WeGO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My own (import a categories file next, or add them one by one)</source>
        <translation>Свои (затем импортируйте файл категорий или добавьте их по одной)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with my own categories</source>
        <translation>Начать со своих категорий</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File of the new edition</source>
        <translation>Файл нового конкурса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file of the new edition</source>
        <translation>Выберите файл нового конкурса</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year</source>
        <translation>&amp;Год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The edition starts with the six WeGO categories; import criteria, applications and judges next (File ▸ Import, or drop the files on the window).</source>
        <translation>Конкурс начнётся с шести категорий WeGO; затем импортируйте критерии, заявки и членов жюри (Файл ▸ Импорт файла или перетащите файлы на окно).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The edition starts with no categories: import a categories file first (File ▸ Import), or add them one by one; then criteria, applications and judges.</source>
        <translation>Конкурс начнётся без категорий: сначала импортируйте файл категорий (Файл ▸ Импорт файла) или добавьте их по одной; затем критерии, заявки и членов жюри.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file for the new edition</source>
        <translation>Файл для нового конкурса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edition files</source>
        <translation>Файлы конкурсов</translation>
    </message>
</context>
<context>
    <name>OffsetChart</name>
    <message>
        <location filename="../../ui/charts.py" line="+76"/>
        <source>more lenient</source>
        <translation>мягче</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-160"/>
        <source>Jury&apos;s decision in {category}</source>
        <translation>Решение жюри в категории «{category}»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Required: why the jury decided so (kept in the history and printed in the report)</source>
        <translation>Обязательно: почему жюри приняло такое решение (сохраняется в истории и печатается в отчёте)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The computed award is replaced by the jury&apos;s decision. A reason is required.</source>
        <translation>Рассчитанная награда заменяется решением жюри. Причина обязательна.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Award</source>
        <translation>Награда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the decision</source>
        <translation>Записать решение</translation>
    </message>
</context>
<context>
    <name>ProgressBars</name>
    <message>
        <location filename="../../ui/charts.py" line="-121"/>
        <source>scored</source>
        <translation>оценено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>partly scored</source>
        <translation>оценено частично</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to do</source>
        <translation>не оценено</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../ui/progress.py" line="+49"/>
        <source>Judges: applications scored of those assigned</source>
        <translation>Члены жюри: оценено заявок из назначенных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories: judge-application pairs scored</source>
        <translation>Категории: оценено пар «член жюри — заявка»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judges&apos; progress</source>
        <translation>Ход работы членов жюри</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories&apos; progress</source>
        <translation>Ход работы по категориям</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judge</source>
        <translation>Член жюри</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scored</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly scored</source>
        <translation>Частично</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missing</source>
        <translation>Не оценено</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whom to remind</source>
        <translation>Кому напомнить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whom to remind (most missing first)</source>
        <translation>Кому напомнить (сначала те, у кого больше всего не оценено)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a judge&apos;s return…</source>
        <translation>Загрузить оценки члена жюри…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A package or filled sheet a judge sent back: checked first, then merged (Ctrl+Shift+I)</source>
        <translation>Пакет или заполненная таблица, присланные членом жюри: сначала проверяются, затем загружаются (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy their e-mail addresses</source>
        <translation>Скопировать их адреса эл. почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The addresses of the judges still scoring, for your mail program</source>
        <translation>Адреса членов жюри, ещё не закончивших оценивание, для вашей почтовой программы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to them…</source>
        <translation>Написать им…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reminder in your mail program, to the judges still scoring</source>
        <translation>Напоминание в вашей почтовой программе членам жюри, ещё не закончившим оценивание</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading the progress…</source>
        <translation>Чтение хода работы…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{figures} · updating…</source>
        <translation>{figures} · обновляется…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>finalized</source>
        <translation>итоги утверждены</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open for scoring</source>
        <translation>оценивание открыто</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{scored} of {assigned} judge-application pairs scored ({percent}%) · {applications} applications, {judges} judges, {criteria} criteria · {scores} scores · {state}</source>
        <translation>Оценено пар «член жюри — заявка»: {scored} из {assigned} ({percent}%) · заявок: {applications}, членов жюри: {judges}, критериев: {criteria} · оценок: {scores} · {state}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{judge} ({n} to go)</source>
        <translation>{judge} (осталось: {n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still scoring: {names} and {n} more.</source>
        <translation>Ещё оценивают: {names} и ещё {n}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still scoring: {names}.</source>
        <translation>Ещё оценивают: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every judge has scored every application assigned to them.</source>
        <translation>Все члены жюри оценили все назначенные им заявки.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No judge with work left has an e-mail address</source>
        <translation>Ни у одного члена жюри с неоконченной работой нет адреса эл. почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every judge is done</source>
        <translation>Все члены жюри закончили</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail addresses copied: {n}.</source>
        <translation>Скопировано адресов эл. почты: {n}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No mail program could be opened here; the addresses were copied instead.</source>
        <translation>Не удалось открыть почтовую программу; вместо этого адреса скопированы.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-53"/>
        <source>The reason, as it will stand in the history</source>
        <translation>Причина — так, как она будет записана в истории</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="-31"/>
        <source>Add a category</source>
        <translation>Добавить категорию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit category {key}</source>
        <translation>Изменить категорию {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a criterion</source>
        <translation>Добавить критерий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit criterion {key}</source>
        <translation>Изменить критерий {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an application</source>
        <translation>Добавить заявку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit application {key}</source>
        <translation>Изменить заявку {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a judge</source>
        <translation>Добавить члена жюри</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit judge {key}</source>
        <translation>Изменить члена жюри {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a conflict</source>
        <translation>Добавить конфликт интересов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit conflict {key}</source>
        <translation>Изменить конфликт интересов {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an assignment</source>
        <translation>Добавить назначение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit assignment {key}</source>
        <translation>Изменить назначение {key}</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Fields marked * are required. Nothing is written until you press Save; the same rules as the imports apply.</source>
        <translation>Поля, отмеченные *, обязательны. Ничего не записывается, пока вы не нажмёте «Сохранить»; действуют те же правила, что и при импорте.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record&apos;s fields</source>
        <translation>Поля записи</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{n} problems, shown beside their fields; nothing was written.</source>
        <translation>Ошибок: {n}, они показаны рядом с полями; ничего не записано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 problem, shown beside its field; nothing was written.</source>
        <translation>1 ошибка, она показана рядом с полем; ничего не записано.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save this change?</source>
        <translation>Сохранить это изменение?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved.</source>
        <translation>Не сохранено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../ui/tr_catalog.py" line="+4"/>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>

You can take it back with Edit ▸ Undo.</source>
        <translation>

Это можно отменить через Правка ▸ Отменить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go ahead</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {key}?</source>
        <translation>Удалить {key}?</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/results.py" line="-97"/>
        <source>Judge-effect model (default)</source>
        <translation>Модель с поправкой на членов жюри (по умолчанию)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain mean</source>
        <translation>Простое среднее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standardised (z-score)</source>
        <translation>Стандартизация (z-оценка)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trimmed mean</source>
        <translation>Усечённое среднее</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+169"/>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+168"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+166"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw mean</source>
        <translation>Исходное среднее</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+206"/>
        <source>Judges</source>
        <translation>Членов жюри</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>SE</source>
        <translation>Ст. ош.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award</source>
        <translation>Награда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge</source>
        <translation>Член жюри</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offset</source>
        <translation>Смещение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread</source>
        <translation>Разброс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Согласованность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlier</source>
        <translation>Выброс</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+31"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+4"/>
        <source>Round</source>
        <translation>Тур</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute</source>
        <translation>Рассчитать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute the results again (F5)</source>
        <translation>Рассчитать итоги заново (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jury&apos;s decision…</source>
        <translation>Решение жюри…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear a decision…</source>
        <translation>Отменить решение жюри…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalize…</source>
        <translation>Утвердить итоги…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen…</source>
        <translation>Вновь открыть итоги…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ranking</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass</source>
        <translation>За</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation>Против</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share passing</source>
        <translation>Доля «за»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The screeners&apos; votes</source>
        <translation>Голоса экспертов</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scores with their 95% intervals (the leading applications)</source>
        <translation>Баллы с 95-процентными интервалами (лидирующие заявки)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Judges&apos; offsets (removed by the judge-effect model)</source>
        <translation>Смещения оценок членов жюри (устраняются моделью с поправкой на членов жюри)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Judges&apos; statistics</source>
        <translation>Статистика по членам жюри</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Results</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awards by category</source>
        <translation>Награды по категориям</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>done</source>
        <translation>завершён</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Computing…</source>
        <translation>Расчёт…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computing the results…</source>
        <translation>Расчёт итогов…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Round {code} ({name}) is a qualifying round: its results are the screeners&apos; votes.</source>
        <translation>Тур {code} ({name}) — отборочный: его итоги — это голоса экспертов.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Finalized</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the results are locked</source>
        <translation>итоги заблокированы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not finalized</source>
        <translation>итоги не утверждены</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>judges&apos; agreement (ICC) {raw} raw, {adjusted} adjusted</source>
        <translation>согласованность членов жюри (ICC): {raw} исходная, {adjusted} скорректированная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>judges&apos; agreement (ICC) {raw} raw</source>
        <translation>согласованность членов жюри (ICC): {raw} исходная</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} judge-application pairs are partly scored and not counted.</source>
        <translation>Пар «член жюри — заявка», оценённых частично и не учтённых: {n}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>estimated from the scores</source>
        <translation>оценено по баллам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed</source>
        <translation>задано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated from the scores: judges&apos; leniency spread (sd) {offset}, noise {noise}, quality {quality}; shrinkage {shrinkage} ({how}).</source>
        <translation>Оценено по баллам: разброс мягкости членов жюри (ст. откл.) {offset}, шум {noise}, качество {quality}; сжатие {shrinkage} ({how}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>For the jury:</source>
        <translation>На рассмотрение жюри:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No decision to clear</source>
        <translation>Нет решения для отмены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The jury has made no decision in {category}.</source>
        <translation>Жюри не принимало решений в категории «{category}».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear a decision</source>
        <translation>Отменить решение жюри</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which decision in {category}?</source>
        <translation>Какое решение в категории «{category}»?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the results before finalizing…</source>
        <translation>Проверка итогов перед утверждением…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Not finalized</source>
        <translation>Не утверждено</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Not finalized yet</source>
        <translation>Пока не утверждено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The results cannot be finalized while an exact tie at an award boundary has no jury decision:</source>
        <translation>Итоги нельзя утвердить, пока по точному равенству баллов на границе наград нет решения жюри:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the jury&apos;s decision first (Jury&apos;s decision…).</source>
        <translation>Сначала запишите решение жюри (Решение жюри…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalizing locks the results: no score, application or rule can change until the edition is reopened (with a reason). Certificates then carry no DRAFT mark.</source>
        <translation>Утверждение блокирует итоги: ни оценки, ни заявки, ни правила нельзя изменить, пока итоги не будут вновь открыты (с указанием причины). После этого на сертификатах нет отметки DRAFT («черновик»).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} awards, method {method}.</source>
        <translation>Наград: {n}, метод: {method}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before you finalize, the jury should have looked at these {n}:</source>
        <translation>Перед утверждением жюри следует рассмотреть следующее (всего: {n}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and {n} more</source>
        <translation>… и ещё {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalize the results</source>
        <translation>Утвердить итоги</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finalize</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reopen the results</source>
        <translation>Вновь открыть итоги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopening unlocks scores, applications and rules. Why?</source>
        <translation>Повторное открытие снимает блокировку с оценок, заявок и правил. По какой причине?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>Открыть вновь</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not reopened</source>
        <translation>Не открыто</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the results</source>
        <translation>Экспорт итогов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported</source>
        <translation>Экспортировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The results were written to {file}.</source>
        <translation>Итоги записаны в файл {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not exported</source>
        <translation>Не экспортировано</translation>
    </message>
    <message>
        <location filename="../../ui/tr_catalog.py" line="+1"/>
        <source>The scores alone would not have ranked it (it is not fully scored).</source>
        <translation>По одним лишь баллам заявка не получила бы места (она оценена не полностью).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By the scores alone it ranked {rank} ({score}), {gap} below the {place} place this award stands for.</source>
        <translation>По одним лишь баллам заявка заняла место {rank} ({score}), на {gap} ниже места {place}, которому соответствует эта награда.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By the scores alone it ranked {rank} ({score}), {gap} above the {place} place this award stands for.</source>
        <translation>По одним лишь баллам заявка заняла место {rank} ({score}), на {gap} выше места {place}, которому соответствует эта награда.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By the scores alone it ranked {rank} ({score}).</source>
        <translation>По одним лишь баллам заявка заняла место {rank} ({score}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no. {n}</source>
        <translation>№ {n}</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <location line="+1"/>
        <source>qualifying</source>
        <translation>отборочный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scoring</source>
        <translation>оценочный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>завершён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>запланирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kind of round</source>
        <translation>Вид тура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring: judges score the criteria</source>
        <translation>Оценочный: члены жюри оценивают по критериям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualifying: screeners say pass or fail</source>
        <translation>Отборочный: эксперты решают, проходит заявка или нет</translation>
    </message>
</context>
<context>
    <name>RoundsDialog</name>
    <message>
        <location filename="../../ui/rounds.py" line="-154"/>
        <source>Rounds of judging</source>
        <translation>Туры оценивания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each round has its own criteria, assignments, packages and scores; the open round is the one judged now. The awards come from the last round.</source>
        <translation>У каждого тура свои критерии, назначения, пакеты и оценки; открытый тур — тот, что оценивается сейчас. Награды присуждаются по итогам последнего тура.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rounds</source>
        <translation>Туры</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round</source>
        <translation>Тур</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add a round…</source>
        <translation>&amp;Добавить тур…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit the round…</source>
        <translation>&amp;Изменить тур…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the selected round, or change its kind while nothing is scored in it</source>
        <translation>Переименовать выбранный тур или изменить его вид, пока в нём ничего не оценено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ad&amp;vance to the next round…</source>
        <translation>Перейти к &amp;следующему туру…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the previous round&apos;s, when it opens</source>
        <translation>критерии предыдущего тура, при его открытии</translation>
    </message>
</context>
<context>
    <name>ScoreForm</name>
    <message>
        <location filename="../../ui/scoreform.py" line="+72"/>
        <source>Your comment</source>
        <translation>Ваш комментарий</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+35"/>
        <source>✓ saved</source>
        <translation>✓ сохранено</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>saving…</source>
        <translation>сохранение…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cleared</source>
        <translation>стёрто</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not saved</source>
        <translation>не сохранено</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{done} of {n} criteria scored</source>
        <translation>Оценено критериев: {done} из {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All {n} criteria scored · weighted total {total} / 10</source>
        <translation>Оценены все критерии ({n}) · взвешенный итог {total} / 10</translation>
    </message>
</context>
<context>
    <name>ScoreScale</name>
    <message>
        <location filename="../../ui/scorescale.py" line="+47"/>
        <source>Type a score (digits, &apos;.&apos; for a half), or use the arrow keys; Delete clears it; Tab goes to the next criterion</source>
        <translation>Введите балл (цифры, &apos;.&apos; для половины) или используйте клавиши со стрелками; Delete стирает балл; Tab — следующий критерий</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>&apos;{text}&apos; is not a score</source>
        <translation>«{text}» — это не балл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} is above the highest score, {limit}: not taken</source>
        <translation>{text} больше наибольшего балла ({limit}): не принято</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} is below the lowest score, {limit}: not taken</source>
        <translation>{text} меньше наименьшего балла ({limit}): не принято</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../../ui/scoring.py" line="+85"/>
        <source>Scoring as</source>
        <translation>Оценивает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring as judge</source>
        <translation>Оценивает член жюри</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%v of %m applications scored</source>
        <translation>Оценено заявок: %v из %m</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send my scores back…</source>
        <translation>Отправить оценки секретариату…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the signed file to send to the secretariat (Ctrl+Shift+S)</source>
        <translation>Сохранить подписанный файл для отправки в секретариат (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your applications</source>
        <translation>Ваши заявки</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+459"/>
        <source>Your totals beside the panel&apos;s</source>
        <translation>Ваши итоги рядом с итогами всего жюри</translation>
    </message>
    <message>
        <location line="-458"/>
        <source>Weighted totals (0 to 10) of the applications you have scored completely, beside the whole panel&apos;s (anonymous)</source>
        <translation>Взвешенные итоги (от 0 до 10) полностью оценённых вами заявок рядом с итогами всего жюри (анонимно)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Summary of the application</source>
        <translation>Краткое описание заявки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have a conflict with this application…</source>
        <translation>У меня конфликт интересов с этой заявкой…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare a conflict of interest: you will not see or score this application again</source>
        <translation>Заявить о конфликте интересов: вы больше не увидите и не будете оценивать эту заявку</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The scoring form</source>
        <translation>Форма оценки</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Digits or arrows score · Tab next criterion · Ctrl+Enter or PgDown next application · PgUp previous</source>
        <translation>Цифры или стрелки — балл · Tab — следующий критерий · Ctrl+Enter или PgDown — следующая заявка · PgUp — предыдущая</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the judge you are scoring as, above.</source>
        <translation>Выберите выше члена жюри, от имени которого вы оцениваете.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The results of this edition are finalized: scores are locked and shown read-only.</source>
        <translation>Итоги этого конкурса утверждены: оценки заблокированы и доступны только для просмотра.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a judge…</source>
        <translation>Выберите члена жюри…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the judge you are scoring as, above. They see only the applications assigned to them, never one they have a conflict with.</source>
        <translation>Выберите выше члена жюри, от имени которого вы оцениваете. Он видит только назначенные ему заявки и никогда — те, с которыми у него конфликт интересов.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Your applications, judge {judge}</source>
        <translation>Ваши заявки, член жюри {judge}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge {judge} has no applications to score.</source>
        <translation>У члена жюри {judge} нет заявок для оценивания.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No summary was given with this application.</source>
        <translation>К этой заявке не приложено краткое описание.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Declare a conflict</source>
        <translation>Заявить о конфликте интересов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will not see or score {application} again, and the secretariat will know why. The {n} scores you gave it will be cleared. What is the conflict?</source>
        <translation>Вы больше не увидите и не будете оценивать заявку {application}, а секретариат узнает причину. Выставленные вами оценки (всего: {n}) будут удалены. В чём конфликт интересов?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You will not see or score {application} again, and the secretariat will know why. What is the conflict?</source>
        <translation>Вы больше не увидите и не будете оценивать заявку {application}, а секретариат узнает причину. В чём конфликт интересов?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declare</source>
        <translation>Заявить</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>score of {application}, {criterion}</source>
        <translation>балл заявки {application}, критерий «{criterion}»</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your comment will be saved with your first score of this application.</source>
        <translation>Ваш комментарий будет сохранён вместе с первым баллом для этой заявки.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: {error}</source>
        <translation>Не сохранено: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ All changes saved ({time})</source>
        <translation>✓ Все изменения сохранены ({time})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your totals</source>
        <translation>Ваши итоги</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings.py" line="+106"/>
        <source>Edition settings</source>
        <translation>Настройки конкурса</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Notice</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings pages</source>
        <translation>Страницы настроек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edition</source>
        <translation>&amp;Конкурс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Awards and method</source>
        <translation>&amp;Награды и метод</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificate</source>
        <translation>&amp;Сертификат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the settings…</source>
        <translation>Загрузка настроек…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply every change on every page</source>
        <translation>Применить все изменения на всех страницах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edition name</source>
        <translation>Название конкурса</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed on the certificates and the report</source>
        <translation>Печатается на сертификатах и в отчёте</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. World Smart Sustainable Cities Organization</source>
        <translation>например, World Smart Sustainable Cities Organization</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who gives the awards; printed on the certificates and the report</source>
        <translation>Кто вручает награды; печатается на сертификатах и в отчёте</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ceremony date</source>
        <translation>Дата церемонии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>Не задана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceremony date not set</source>
        <translation>Дата церемонии не задана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a date the certificates carry the day the results are finalized</source>
        <translation>Если дата не задана, на сертификатах ставится день утверждения итогов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Seoul</source>
        <translation>например, Сеул</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceremony place</source>
        <translation>Место церемонии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the awards are handed out; the certificate&apos;s wording can print it as {ceremony_place}</source>
        <translation>Где вручаются награды; в тексте сертификата оно подставляется как {ceremony_place}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate language</source>
        <translation>Язык сертификатов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the certificates&apos; wording, award names and date; two print side by side. A template can word each language its own way.</source>
        <translation>Язык текста, названий наград и даты на сертификатах; два языка печатаются рядом. В шаблоне можно задать свои формулировки для каждого языка.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name</source>
        <translation>На&amp;звание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year</source>
        <translation>&amp;Год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceremony &amp;date</source>
        <translation>&amp;Дата церемонии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ceremony &amp;place</source>
        <translation>&amp;Место церемонии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate &amp;language</source>
        <translation>&amp;Язык сертификатов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name, year and organisation head every certificate and the report. Without a ceremony date the certificates carry the day the results are finalized. The place is printed where the certificate&apos;s wording says {ceremony_place} (see the Certificate page, e.g. the date line).</source>
        <translation>Название, год и организация открывают каждый сертификат и отчёт. Если дата церемонии не задана, на сертификатах ставится день утверждения итогов. Место печатается там, где в тексте сертификата стоит {ceremony_place} (см. страницу «Сертификат», например строку с датой).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Awards per category</source>
        <translation>Число наград в категории</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> per category</source>
        <translation> в категории</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+41"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>How the judges&apos; scores become each application&apos;s score</source>
        <translation>Как из оценок членов жюри получается балл каждой заявки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shrinkage of judge offsets</source>
        <translation>Сжатие смещений членов жюри</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How strongly each judge&apos;s leniency is pulled towards zero (judge-effect model)</source>
        <translation>Насколько сильно мягкость каждого члена жюри притягивается к нулю (модель с поправкой на членов жюри)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate from the scores (recommended)</source>
        <translation>Оценить по баллам (рекомендуется)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimate the shrinkage from the scores</source>
        <translation>Оценить сжатие по баллам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The noise variance over the judges&apos; offset variance, estimated from this edition&apos;s scores; untick to fix a number</source>
        <translation>Отношение дисперсии шума к дисперсии смещений членов жюри, оценённое по баллам этого конкурса; снимите флажок, чтобы задать число</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minimum score for an award</source>
        <translation>Минимальный балл для награды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An award tier stays empty below this score; &apos;none&apos; for no minimum</source>
        <translation>Ниже этого балла уровень награды остаётся пустым; &apos;none&apos; — без минимума</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Near tie below</source>
        <translation>Порог почти равных баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two applications closer than this at an award boundary are flagged for the jury</source>
        <translation>Две заявки на границе наград, баллы которых различаются меньше чем на это значение, отмечаются для жюри</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low confidence below</source>
        <translation>Порог низкой уверенности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An award whose confidence is below this is flagged for the jury</source>
        <translation>Награда с уверенностью ниже этого значения отмечается для жюри</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No judge scores an application from their own country</source>
        <translation>Члены жюри не оценивают заявки из своей страны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own-country rule</source>
        <translation>Правило своей страны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A judge from the applicant&apos;s country counts as conflicted</source>
        <translation>Член жюри из страны заявителя считается имеющим конфликт интересов</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Shrinkage of judge offsets</source>
        <translation>С&amp;жатие смещений членов жюри</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum score for an a&amp;ward</source>
        <translation>Минимальный &amp;балл для награды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near &amp;tie below</source>
        <translation>Порог почти &amp;равных баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Low confidence below</source>
        <translation>Порог низкой &amp;уверенности</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signatories (one to three)</source>
        <translation>Подписанты (от одного до трёх)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Add a signatory</source>
        <translation>Добавить подписанта</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wording</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Placeholders filled in on each certificate: {organisation} {edition} {year} {award} {category} {city} {country} {title} {application} {date} {ceremony_place} {code}. Write {{ or }} for a brace.</source>
        <translation>Подстановки, заполняемые на каждом сертификате: {organisation} {edition} {year} {award} {category} {city} {country} {title} {application} {date} {ceremony_place} {code}. Чтобы получить фигурную скобку, пишите {{ или }}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Award names</source>
        <translation>Названия наград</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Colours</source>
        <translation>Цвета</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview status</source>
        <translation>Состояние предпросмотра</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Certificate preview</source>
        <translation>Предпросмотр сертификата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the edition&apos;s certificates drawn with the design as it is now, before saving</source>
        <translation>Один из сертификатов конкурса в текущем оформлении, до сохранения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The preview needs Qt&apos;s PDF module (PySide6-Addons).</source>
        <translation>Для предпросмотра нужен модуль PDF из Qt (PySide6-Addons).</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The results are finalized, so the settings are locked. Reopen the results first (Results ▸ Reopen…) to change them.</source>
        <translation>Итоги утверждены, поэтому настройки заблокированы. Чтобы изменить их, сначала откройте итоги вновь (Итоги ▸ Вновь открыть итоги…).</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Drawing the preview…</source>
        <translation>Отрисовка предпросмотра…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>One of the edition&apos;s certificates, as it is printed now.</source>
        <translation>Один из сертификатов конкурса в том виде, в каком он печатается сейчас.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the edition&apos;s certificates, drawn as the fields are now; nothing is saved until you press Save.</source>
        <translation>Один из сертификатов конкурса по текущим значениям полей; ничего не сохраняется, пока вы не нажмёте «Сохранить».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A folder for the edition&apos;s certificate template</source>
        <translation>Папка для шаблона сертификата конкурса</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved.</source>
        <translation>Не сохранено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings not saved</source>
        <translation>Настройки не сохранены</translation>
    </message>
</context>
<context>
    <name>SignatoryBox</name>
    <message>
        <location line="-681"/>
        <source>e.g. Secretary General</source>
        <translation>например, Генеральный секретарь</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../ui/tables.py" line="+60"/>
        <source>No applications yet.

Import them with File ▸ Import a file, or drop applications.csv (or .xlsx) on this window.</source>
        <translation>Заявок пока нет.

Импортируйте их через Файл ▸ Импорт файла или перетащите applications.csv (или .xlsx) на это окно.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No judges yet.

Import them with File ▸ Import a file (judges.csv, with their conflicts).</source>
        <translation>Членов жюри пока нет.

Импортируйте их через Файл ▸ Импорт файла (judges.csv, вместе с их конфликтами интересов).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts declared.

They come with the judges file (its conflicts column), from the judges&apos; packages, or from Edition ▸ Declare a conflict (or the Add… button above).</source>
        <translation>Конфликтов интересов не заявлено.

Они поступают из файла членов жюри (столбец конфликтов), из пакетов членов жюри или через Конкурс ▸ Заявить о конфликте интересов (или кнопку «Добавить…» выше).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No categories yet.

Add them one by one with Add… above, or import categories.csv (code, name, description).</source>
        <translation>Категорий пока нет.

Добавьте их по одной кнопкой «Добавить…» выше или импортируйте categories.csv (код, название, описание).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No criteria yet.

Add them one by one with Add… above (with the rubric a judge sees), or import criteria.csv.</source>
        <translation>Критериев пока нет.

Добавьте их по одному кнопкой «Добавить…» выше (со шкалой оценки, которую видит член жюри) или импортируйте criteria.csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No assignments: every judge scores every application they have no conflict with.

To share the work out, use Edition ▸ Assign judges automatically, or import an assignments file.</source>
        <translation>Назначений нет: каждый член жюри оценивает все заявки, с которыми у него нет конфликта интересов.

Чтобы распределить работу, воспользуйтесь пунктом Конкурс ▸ Распределить заявки между членами жюри или импортируйте файл назначений.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add an application…</source>
        <translation>Добавить заявку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this application…</source>
        <translation>Изменить эту заявку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this application…</source>
        <translation>Удалить эту заявку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an application first.</source>
        <translation>Сначала выберите заявку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 application</source>
        <translation>1 заявка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} applications</source>
        <translation>Заявок: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} applications</source>
        <translation>Заявок: {n} из {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a judge…</source>
        <translation>Добавить члена жюри…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this judge…</source>
        <translation>Изменить этого члена жюри…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this judge…</source>
        <translation>Удалить этого члена жюри…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a judge first.</source>
        <translation>Сначала выберите члена жюри.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 judge</source>
        <translation>1 член жюри</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} judges</source>
        <translation>Членов жюри: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} judges</source>
        <translation>Членов жюри: {n} из {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a conflict…</source>
        <translation>Добавить конфликт интересов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this conflict…</source>
        <translation>Изменить этот конфликт интересов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this conflict…</source>
        <translation>Удалить этот конфликт интересов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a conflict first.</source>
        <translation>Сначала выберите конфликт интересов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 conflict</source>
        <translation>1 конфликт интересов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} conflicts</source>
        <translation>Конфликтов интересов: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} conflicts</source>
        <translation>Конфликтов интересов: {n} из {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an assignment…</source>
        <translation>Добавить назначение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this assignment…</source>
        <translation>Изменить это назначение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this assignment…</source>
        <translation>Удалить это назначение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an assignment first.</source>
        <translation>Сначала выберите назначение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 assignment</source>
        <translation>1 назначение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} assignments</source>
        <translation>Назначений: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} assignments</source>
        <translation>Назначений: {n} из {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a category…</source>
        <translation>Добавить категорию…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this category…</source>
        <translation>Изменить эту категорию…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this category…</source>
        <translation>Удалить эту категорию…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a category first.</source>
        <translation>Сначала выберите категорию.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 category</source>
        <translation>1 категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} categories</source>
        <translation>Категорий: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} categories</source>
        <translation>Категорий: {n} из {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a criterion…</source>
        <translation>Добавить критерий…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this criterion…</source>
        <translation>Изменить этот критерий…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this criterion…</source>
        <translation>Удалить этот критерий…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a criterion first.</source>
        <translation>Сначала выберите критерий.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 criterion</source>
        <translation>1 критерий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} criteria</source>
        <translation>Критериев: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} criteria</source>
        <translation>Критериев: {n} из {total}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filter the table</source>
        <translation>Фильтр таблицы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter: type words found in any column (e.g. &apos;seoul mobility&apos;)</source>
        <translation>Фильтр: введите слова из любого столбца (например, &apos;seoul mobility&apos;)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Add a record (Insert)</source>
        <translation>Добавить запись (Insert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected record (Enter)</source>
        <translation>Изменить выбранную запись (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected record (Delete); says first what goes with it</source>
        <translation>Удалить выбранную запись (Delete); сначала будет показано, что удалится вместе с ней</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The selected record</source>
        <translation>Выбранная запись</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Their totals beside the panel&apos;s</source>
        <translation>Его итоги рядом с итогами всего жюри</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The edition is finalized: reopen it first (Results ▸ Reopen…)</source>
        <translation>Итоги конкурса утверждены: сначала откройте их вновь (Итоги ▸ Вновь открыть итоги…)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The edition is finalized: nothing can change until it is reopened (Results ▸ Reopen…).</source>
        <translation>Итоги конкурса утверждены: ничего нельзя изменить, пока итоги не будут вновь открыты (Итоги ▸ Вновь открыть итоги…).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Conflicts and assignments are added or deleted, not edited.</source>
        <translation>Конфликты интересов и назначения можно добавлять или удалять, но не изменять.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Declare a conflict…</source>
        <translation>Заявить о конфликте интересов…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>this judge</source>
        <translation>этот член жюри</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Conflicts&lt;/b&gt; (never shown these):</source>
        <translation>&lt;b&gt;Конфликты интересов&lt;/b&gt; (эти заявки ему не показываются):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts declared.</source>
        <translation>Конфликтов интересов не заявлено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{scored}&lt;/b&gt; of {total} applications scored, {partial} partly</source>
        <translation>Оценено заявок: &lt;b&gt;{scored}&lt;/b&gt; из {total}, частично: {partial}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{scored}&lt;/b&gt; of {total} applications scored</source>
        <translation>Оценено заявок: &lt;b&gt;{scored}&lt;/b&gt; из {total}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a judge to see it here.</source>
        <translation>Выберите члена жюри, чтобы увидеть сведения здесь.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an application to see it here.</source>
        <translation>Выберите заявку, чтобы увидеть её здесь.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document: {file}</source>
        <translation>Документ: {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No document attached.</source>
        <translation>Документ не приложен.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="-776"/>
        <source>Applications</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges</source>
        <translation>Члены жюри</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments</source>
        <translation>Назначения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring</source>
        <translation>Оценивание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates</source>
        <translation>Сертификаты</translation>
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
        <translation>Проведение конкурса на соискание наград: заявки, оценки жюри, награды и сертификаты.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open an edition…</source>
        <translation>Открыть конкурс…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The secretariat&apos;s file of a competition (.db).</source>
        <translation>Файл конкурса, который ведёт секретариат (.db).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a judge&apos;s package…</source>
        <translation>Открыть пакет члена жюри…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The file the secretariat sent you to score applications, even offline.</source>
        <translation>Файл, присланный вам секретариатом для оценивания заявок, в том числе без сети.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new edition…</source>
        <translation>Создать новый конкурс…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a competition: name and year; then import criteria, applications and judges.</source>
        <translation>Начните конкурс: название и год; затем импортируйте критерии, заявки и членов жюри.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the demo</source>
        <translation>Попробовать демо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The 4th WeGO Awards (2020): 52 applications, 6 judges, ready to explore.</source>
        <translation>4-я премия WeGO Awards (2020): 52 заявки, 6 членов жюри — всё готово для знакомства.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Recently opened</source>
        <translation>Недавно открытые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version {version}</source>
        <translation>версия {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the user guide (F1)</source>
        <translation>Открыть руководство пользователя (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secretariat&apos;s edition step by step, and the judge&apos;s evening</source>
        <translation>Работа секретариата над конкурсом шаг за шагом и вечер члена жюри</translation>
    </message>
</context>
<context>
    <name>WorkloadModel</name>
    <message>
        <location filename="../../ui/workload.py" line="+43"/>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>{done} of {n}</source>
        <translation>{done} из {n}</translation>
    </message>
</context>
<context>
    <name>_PdfField</name>
    <message>
        <location filename="../../ui/forms.py" line="+17"/>
        <source>A PDF file (leave empty to keep the current one)</source>
        <translation>Файл PDF (оставьте пустым, чтобы сохранить текущий)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application&apos;s PDF document</source>
        <translation>Документ PDF заявки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the PDF document</source>
        <translation>Выберите документ PDF</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now: {file}</source>
        <translation>Сейчас: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No document attached yet.</source>
        <translation>Документ пока не приложен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application&apos;s document</source>
        <translation>Документ заявки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Документы PDF (*.pdf);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>_Picker</name>
    <message>
        <location line="-271"/>
        <source>Type to find the judge…</source>
        <translation>Начните вводить, чтобы найти члена жюри…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find the application…</source>
        <translation>Начните вводить, чтобы найти заявку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find the category…</source>
        <translation>Начните вводить, чтобы найти категорию…</translation>
    </message>
</context>
</TS>
