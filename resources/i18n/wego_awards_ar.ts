<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AddRoundDialog</name>
    <message>
        <location filename="../../ui/rounds.py" line="+249"/>
        <source>Add a round</source>
        <translation>إضافة جولة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The round&apos;s code</source>
        <translation>رمز الجولة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Shortlist, Final</source>
        <translation>مثلًا: القائمة القصيرة، النهائية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The round&apos;s name</source>
        <translation>اسم الجولة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None: the previous round&apos;s criteria</source>
        <translation>لا شيء: معايير الجولة السابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A criteria file of the round&apos;s own</source>
        <translation>ملف معايير خاص بالجولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;riteria</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the round</source>
        <translation>إضافة الجولة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The round&apos;s criteria</source>
        <translation>معايير الجولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables</source>
        <translation>الجداول</translation>
    </message>
</context>
<context>
    <name>AdvanceDialog</name>
    <message>
        <location line="+28"/>
        <source>Advance from {source} to {target}</source>
        <translation>الانتقال من {source} إلى {target}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How applications go on</source>
        <translation>كيف تنتقل الطلبات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Those the screeners passed</source>
        <translation>الطلبات التي قبلها محكّمو الفرز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The top of each category</source>
        <translation>الأوائل في كل فئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Those with at least a score</source>
        <translation>الطلبات التي بلغت درجة دنيا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many of each category</source>
        <translation>العدد من كل فئة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lowest score that goes on</source>
        <translation>أدنى درجة تنتقل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than half</source>
        <translation>أكثر من النصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of screeners who must pass it</source>
        <translation>نسبة محكّمي الفرز الذين يجب أن يقبلوا الطلب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show the cut</source>
        <translation>عرض خط التأهل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the rule, then show the cut: nothing moves until you advance.</source>
        <translation>اختر القاعدة ثم اعرض خط التأهل: لا يتغيّر شيء حتى تنفّذ الانتقال.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cut, category by category</source>
        <translation>خط التأهل، فئةً فئة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score or votes</source>
        <translation>الدرجة أو الأصوات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goes on</source>
        <translation>ينتقل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jury</source>
        <translation>لجنة التحكيم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Promote…</source>
        <translation>إدراج…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Demote…</source>
        <translation>استبعاد…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The jury, for the selected application:</source>
        <translation>قرار لجنة التحكيم في الطلب المحدد:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Advance</source>
        <translation>تنفيذ الانتقال</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>▲ go on to {target}  ·  the cut  ·  stay in {source} ▼</source>
        <translation>▲ تنتقل إلى {target}  ·  خط التأهل  ·  تبقى في {source} ▼</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not scored</source>
        <translation>غير مُقيَّم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{passes} pass, {fails} fail</source>
        <translation>قبول: {passes}، رفض: {fails}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>promoted</source>
        <translation>مُدرَج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>demoted</source>
        <translation>مُستبعَد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TIE: the jury decides</source>
        <translation>تعادل: تقرّر لجنة التحكيم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} applications go on to {target}.</source>
        <translation>ينتقل {n} من الطلبات إلى {target}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tie at the cut: {apps}. Select each and promote or demote it, with the jury&apos;s reason, before advancing.</source>
        <translation>تعادل عند خط التأهل: {apps}. حدّد كل طلب منها وأدرجه أو استبعده، مع ذكر سبب لجنة التحكيم، قبل تنفيذ الانتقال.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Promote {app}</source>
        <translation>إدراج {app}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demote {app}</source>
        <translation>استبعاد {app}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app} goes on to the next round whatever its place. Why?</source>
        <translation>ينتقل {app} إلى الجولة التالية أيًّا كان ترتيبه. ما السبب؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{app} stays out of the next round whatever its place. Why?</source>
        <translation>يبقى {app} خارج الجولة التالية أيًّا كان ترتيبه. ما السبب؟</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+199"/>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
</context>
<context>
    <name>AwardCard</name>
    <message>
        <location filename="../../ui/results.py" line="+108"/>
        <source>confidence %p%</source>
        <translation>الثقة %p%</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;i&gt;not given&lt;/i&gt;</source>
        <translation>&lt;i&gt;لم تُمنح&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>score {score} · raw mean {raw}</source>
        <translation>الدرجة {score} · المتوسط الخام {raw}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{award} · jury decision</source>
        <translation>{award} · قرار لجنة التحكيم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jury decision</source>
        <translation>قرار لجنة التحكيم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The jury gave this award; the scores alone would not have.</source>
        <translation>منحت لجنة التحكيم هذه الجائزة؛ ما كانت الدرجات وحدها لتمنحها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidence: the chance this is the right award, given the scores</source>
        <translation>الثقة: احتمال أن تكون هذه الجائزة صحيحة بالنظر إلى الدرجات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>confidence {percent}%</source>
        <translation>الثقة {percent}%</translation>
    </message>
</context>
<context>
    <name>Awards</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+45"/>
        <source>Gold</source>
        <translation>الذهبية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silver</source>
        <translation>الفضية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special Mention</source>
        <translation>تنويه خاص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bronze</source>
        <translation>البرونزية</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../ui/certificates.py" line="+72"/>
        <source>Certificates of participation (every applicant)</source>
        <translation>شهادات المشاركة (لكل متقدّم)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview again</source>
        <translation>معاينة من جديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export certificates…</source>
        <translation>تصدير الشهادات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the report…</source>
        <translation>تصدير التقرير…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificates to preview</source>
        <translation>الشهادات المراد معاينتها</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The PDF layer is not installed: certificates cannot be made here.</source>
        <translation>وحدة PDF غير مثبّتة: لا يمكن إنشاء الشهادات هنا.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The results are finalized: the certificates carry their verification codes and no DRAFT mark.</source>
        <translation>النتائج معتمدة نهائيًا: تحمل الشهادات رموز التحقق ولا تحمل علامة DRAFT.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The results are not finalized yet: every certificate carries a large DRAFT mark and no valid verification code.</source>
        <translation>النتائج لم تُعتمد بعد: تحمل كل شهادة علامة DRAFT كبيرة ولا تحمل رمز تحقق صالحًا.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Rendering the certificates…</source>
        <translation>جارٍ إنشاء الشهادات…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Characters no font can draw</source>
        <translation>أحرف لا يستطيع أي خط رسمها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print anyway</source>
        <translation>اطبع على أي حال</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All certificates (for printing)</source>
        <translation>جميع الشهادات (للطباعة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} certificates previewed (DRAFT)</source>
        <translation>تمت معاينة {n} من الشهادات (DRAFT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} certificates previewed</source>
        <translation>تمت معاينة {n} من الشهادات</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export the certificates into</source>
        <translation>تصدير الشهادات إلى</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export cancelled; nothing half-written was kept.</source>
        <translation>أُلغي التصدير؛ لم يُحتفظ بأي ملف مكتوب جزئيًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} certificates written to {folder}</source>
        <translation>كُتبت {n} من الشهادات في {folder}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the certificates…</source>
        <translation>جارٍ كتابة الشهادات…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the results report</source>
        <translation>تصدير تقرير النتائج</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the report…</source>
        <translation>جارٍ كتابة التقرير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report written</source>
        <translation>كُتب التقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report was written to {file}.</source>
        <translation>كُتب التقرير في {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report not written</source>
        <translation>لم يُكتب التقرير</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/tablemodel.py" line="+215"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scored by</source>
        <translation>قيّمه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Affiliation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>تضارب المصالح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>المُقيَّم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Judge</source>
        <translation>المحكّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge&apos;s name</source>
        <translation>اسم المحكّم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared by</source>
        <translation>أعلنه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores given</source>
        <translation>الدرجات الممنوحة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>الأدنى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max</source>
        <translation>الأعلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubric</source>
        <translation>سُلّم التقييم</translation>
    </message>
</context>
<context>
    <name>CommentBox</name>
    <message>
        <location filename="../../ui/scoreform.py" line="+182"/>
        <source>Your comment for the jury (optional): strengths, doubts, what would change your mind…</source>
        <translation>تعليقك للجنة التحكيم (اختياري): نقاط القوة، الشكوك، ما قد يغيّر رأيك…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="+426"/>
        <source>Declare a conflict of interest</source>
        <translation>إعلان تضارب مصالح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The judge</source>
        <translation>المحكّم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application they must never score</source>
        <translation>الطلب الذي يجب ألا يقيّمه أبدًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why (kept in the history), e.g. &apos;advised the city on this project&apos;</source>
        <translation>السبب (يُحفظ في السجل)، مثلًا: «قدّم استشارة للمدينة في هذا المشروع»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The judge will never see, score or be counted for this application. Scores they already gave it are cleared (the history keeps them).</source>
        <translation>لن يرى المحكّم هذا الطلب ولن يقيّمه ولن يُحتسب له. تُمحى الدرجات التي منحها له سابقًا (ويحتفظ بها السجل).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Judge</source>
        <translation>المحكّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Application</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Declare the conflict</source>
        <translation>إعلان التضارب</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Choose the judge and the application.</source>
        <translation>اختر المحكّم والطلب.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing else changes.</source>
        <translation>لا يتغيّر شيء آخر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;&lt;i&gt;Write the reason to go on.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;اكتب السبب للمتابعة.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Declare the conflict?</source>
        <translation>إعلان التضارب؟</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../ui/scoreform.py" line="-97"/>
        <source>weight {weight} · {share} of the total · {low} to {high}</source>
        <translation>الوزن {weight} · {share} من المجموع · من {low} إلى {high}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score for {criterion}</source>
        <translation>درجة {criterion}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Not scored yet.</source>
        <translation>لم يُقيَّم بعد.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/tr_catalog.py" line="+45"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling… nothing will be kept.</source>
        <translation>جارٍ الإلغاء… لن يُحتفظ بشيء.</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../ui/document.py" line="+55"/>
        <location line="+70"/>
        <source>No document attached to this application.</source>
        <translation>لا يوجد مستند مرفق بهذا الطلب.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Smaller (Ctrl+minus, or Ctrl+wheel)</source>
        <translation>تصغير (Ctrl+ناقص، أو Ctrl+العجلة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger (Ctrl+plus, or Ctrl+wheel)</source>
        <translation>تكبير (Ctrl+زائد، أو Ctrl+العجلة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page as wide as the pane</source>
        <translation>الصفحة بعرض اللوحة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open in viewer</source>
        <translation>فتح في العارض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the document in your PDF viewer</source>
        <translation>افتح المستند في عارض PDF لديك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Document: {file}</source>
        <translation>المستند: {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Press “Open in viewer” to look at it in your PDF viewer.</source>
        <translation>اضغط «فتح في العارض» لمشاهدته في عارض PDF لديك.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No PDF viewer here</source>
        <translation>لا يوجد عارض PDF هنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program to show PDF files could be started on this computer. A copy of the document is at:

{path}

Open it from there, or use “Save a copy…” to keep it where you like.</source>
        <translation>تعذّر تشغيل أي برنامج لعرض ملفات PDF على هذا الحاسوب. توجد نسخة من المستند في:

{path}

افتحها من هناك، أو استخدم «حفظ نسخة…» لحفظها حيث تشاء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the document</source>
        <translation>حفظ المستند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
</context>
<context>
    <name>EditRoundDialog</name>
    <message>
        <location filename="../../ui/rounds.py" line="-286"/>
        <source>Round {code}</source>
        <translation>الجولة {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The round&apos;s name</source>
        <translation>اسم الجولة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kind can change only while nothing is scored in the round; a scoring round then takes its criteria from an import.</source>
        <translation>لا يمكن تغيير النوع إلا ما دام لم يُقيَّم شيء في الجولة؛ وتأخذ جولة التقييم بالدرجات معاييرها بعد ذلك من ملف مستورد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the round</source>
        <translation>حفظ الجولة</translation>
    </message>
</context>
<context>
    <name>EditionActions</name>
    <message>
        <location filename="../../ui/actions.py" line="+60"/>
        <source>Editions and judge packages</source>
        <translation>ملفات المسابقات وحزم المحكّمين</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>All files</source>
        <translation>جميع الملفات</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Judges&apos; returns: packages and sheets</source>
        <translation>مرتجعات المحكّمين: الحزم والجداول</translation>
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
        <translation>في أي مكان
  Ctrl+O  فتح ملف مسابقة أو حزمة محكّم
  Ctrl+I  استيراد ملف (أو إفلاته على النافذة)
  Ctrl+Shift+I  دمج مرتجع محكّم
  Ctrl+Z  التراجع عن آخر تغيير
  Ctrl+1 … Ctrl+9، Ctrl+0  طرق العرض
  F5  حساب النتائج
  Ctrl+,  إعدادات المسابقة
  F1  دليل المستخدم

الجداول
  Ctrl+F  التصفية
  Insert أو Ctrl+Shift+N  إضافة سجل
  Enter أو Ctrl+E  تحرير السجل المحدد
  Delete أو Ctrl+Del  حذفه (بعد السؤال)
  النقر بالزر الأيمن  الأوامر نفسها في قائمة

التقييم
  0–9، &apos;.&apos;  كتابة درجة (مثلًا 7، 10، 7.5)
  ← → ↑ ↓  نقطة واحدة نزولًا أو صعودًا (مع Shift: نصف نقطة)
  Home / End  أدنى / أعلى درجة
  Delete  مسح الدرجة
  Tab / Shift+Tab  المعيار التالي / السابق، ثم التعليق
  Ctrl+Enter أو PgDown  الطلب التالي
  PgUp أو Ctrl+Shift+Enter  الطلب السابق
  Ctrl+Z  التراجع عن آخر درجة
  Ctrl+Shift+S  إرسال درجاتي (في حزمة المحكّم)

تُحفظ كل درجة لحظة منحها؛ وعبارة «✓ حُفظت جميع التغييرات» تعني أن قاعدة البيانات سجّلتها.</translation>
    </message>
    <message>
        <location filename="../../ui/tr_catalog.py" line="-37"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the edition</source>
        <translation>نسخ المسابقة احتياطيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign judges automatically</source>
        <translation>توزيع المحكّمين تلقائيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges per application (existing assignments are kept, conflicts respected, loads balanced):</source>
        <translation>عدد المحكّمين لكل طلب (تُحفظ التوزيعات الحالية، وتُراعى حالات تضارب المصالح، ويُوازَن عبء العمل):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigning judges…</source>
        <translation>جارٍ توزيع المحكّمين…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the file to send to the secretariat</source>
        <translation>حفظ الملف المراد إرساله إلى الأمانة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one package per judge into</source>
        <translation>كتابة حزمة لكل محكّم في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the judges&apos; packages…</source>
        <translation>جارٍ كتابة حزم المحكّمين…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one Excel sheet per judge into</source>
        <translation>كتابة جدول Excel لكل محكّم في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the judges&apos; sheets…</source>
        <translation>جارٍ كتابة جداول المحكّمين…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking and merging the return…</source>
        <translation>جارٍ فحص المرتجع ودمجه…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rounds changed: the views now show the open round</source>
        <translation>تغيّرت الجولات: تعرض طرق العرض الآن الجولة المفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About WeGO Awards</source>
        <translation>حول WeGO Awards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported, with warnings</source>
        <translation>استُورد مع تحذيرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition files</source>
        <translation>ملفات المسابقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send your scores back</source>
        <translation>إرسال درجاتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge packages</source>
        <translation>حزم المحكّمين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge a judge&apos;s return</source>
        <translation>دمج مرتجع محكّم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to undo.</source>
        <translation>لا شيء للتراجع عنه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not undone</source>
        <translation>لم يتم التراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a table first (Applications, Judges, Categories, Criteria, Conflicts or Assignments).</source>
        <translation>اعرض جدولًا أولًا (الطلبات، المحكّمون، الفئات، المعايير، تضارب المصالح أو التوزيعات).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs an awards competition from applications to printed certificates: offline judging, judge-bias correction, tamper-evident results.</source>
        <translation>تدير مسابقة جوائز من الطلبات حتى الشهادات المطبوعة: تقييم دون اتصال، وتصحيح تحيّز المحكّمين، ونتائج يُكشف أي عبث بها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone: {what}</source>
        <translation>تم التراجع: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>مصنّف Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have scored {done} of your {total} applications completely. Send what you have now? (You can send the package again later; the latest one counts.)</source>
        <translation>قيّمتَ {done} من طلباتك البالغة {total} تقييمًا كاملًا. هل تريد إرسال ما لديك الآن؟ (يمكنك إرسال الحزمة مرة أخرى لاحقًا؛ والعبرة بآخر نسخة.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to send</source>
        <translation>جاهز للإرسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages written</source>
        <translation>كُتبت الحزم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return refused</source>
        <translation>رُفض المرتجع</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Return merged</source>
        <translation>دُمج المرتجع</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrote {n} rows to {file}</source>
        <translation>كُتب {n} من الصفوف في {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this file to the secretariat (e-mail or a shared folder):

{file}

They merge it with Edition ▸ Merge a judge&apos;s return; it is checked to be yours and unaltered.</source>
        <translation>أرسل هذا الملف إلى الأمانة (بالبريد الإلكتروني أو عبر مجلد مشترك):

{file}

تدمجه الأمانة عبر المسابقة ▸ دمج مرتجع محكّم؛ ويُتحقَّق من أنه ملفك وأنه لم يُعدَّل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} packages written to {folder}, each sealed with a passphrase of its own; the passphrases are in {sheet}. Send each judge their own file, and their passphrase apart from it (by phone or in person), then delete the sheet: the passphrases are kept nowhere else. The judges open the file in this app, score offline and send it back.</source>
        <translation>كُتبت {n} حزم في {folder}، كل منها مختومة بعبارة مرور خاصة بها؛ وعبارات المرور في {sheet}. أرسل إلى كل محكّم ملفه، وعبارة المرور الخاصة به بطريقة أخرى (بالهاتف أو شخصيًا)، ثم احذف الورقة: لا تُحفظ عبارات المرور في أي مكان آخر. يفتح المحكّمون الملف في هذا التطبيق ويقيّمون دون اتصال ثم يعيدونه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} sheets written to {folder}</source>
        <translation>كُتبت {n} من الجداول في {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backed up to {file}</source>
        <translation>نُسخ احتياطيًا إلى {file}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/forms.py" line="-462"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum</source>
        <translation>الحد الأدنى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>الحد الأقصى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubric</source>
        <translation>سُلّم التقييم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document (PDF)</source>
        <translation>المستند (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge</source>
        <translation>المحكّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../ui/guide.py" line="+25"/>
        <source>WeGO Awards · User guide</source>
        <translation>WeGO Awards · دليل المستخدم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user guide is missing from this installation ({path}).</source>
        <translation>دليل المستخدم غير موجود في هذا التثبيت ({path}).</translation>
    </message>
</context>
<context>
    <name>Histogram</name>
    <message>
        <location filename="../../ui/charts.py" line="+117"/>
        <source>you</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the panel</source>
        <translation>اللجنة</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No complete scores yet</source>
        <translation>لا توجد درجات مكتملة بعد</translation>
    </message>
</context>
<context>
    <name>ImageChooser</name>
    <message>
        <location filename="../../ui/settings.py" line="+198"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out</source>
        <translation>استبعاد</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/importer.py" line="+45"/>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria and rubric</source>
        <translation>المعايير وسُلّم التقييم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges (with their conflicts)</source>
        <translation>المحكّمون (مع حالات تضارب المصالح)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments</source>
        <translation>التوزيعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores (a file, or a judge&apos;s sheet)</source>
        <translation>الدرجات (ملف، أو جدول محكّم)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected from its header row</source>
        <translation>يُكتشف من صف العناوين</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+95"/>
        <source>Import a file</source>
        <translation>استيراد ملف</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>A .csv or .xlsx file (or drop it here)</source>
        <translation>ملف ‎.csv أو ‎.xlsx (أو أفلته هنا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File to import</source>
        <translation>الملف المراد استيراده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file to import</source>
        <translation>اختر الملف المراد استيراده</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the file holds</source>
        <translation>ما يحتويه الملف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read from the file&apos;s header row; choose a kind only to make sure the file is what you expect (a file of another kind is refused)</source>
        <translation>يُقرأ من صف العناوين في الملف؛ اختر نوعًا فقط للتأكد من أن الملف هو ما تتوقعه (يُرفض ملف من نوع آخر)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>It &amp;holds</source>
        <translation>يحتوي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a file: it is checked whole before anything is written.</source>
        <translation>اختر ملفًا: يُفحص كاملًا قبل كتابة أي شيء.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Tables (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>الجداول (*.csv *.xlsx *.xlsm);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The edition is finalized: nothing can be imported until it is reopened (Results ▸ Reopen).</source>
        <translation>المسابقة معتمدة نهائيًا: لا يمكن استيراد أي شيء حتى يُعاد فتحها (النتائج ▸ إعادة فتح).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking {file}…</source>
        <translation>جارٍ فحص {file}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{kind} (read from its header row)</source>
        <translation>{kind} (قُرئ من صف العناوين)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} added</source>
        <translation>أُضيف {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} changed</source>
        <translation>تغيّر {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} unchanged</source>
        <translation>دون تغيير {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} removed</source>
        <translation>حُذف {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ {file} is fine. Importing it: {counts}. Nothing is written until you press Import.</source>
        <translation>✓ الملف {file} سليم. عند استيراده: {counts}. لا يُكتب شيء حتى تضغط «استيراد».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ {file} is fine, and the edition already holds exactly this ({n} {kind} unchanged): there is nothing to import.</source>
        <translation>✓ الملف {file} سليم، والمسابقة تحتوي هذا بالضبط ({n} من {kind} دون تغيير): لا شيء للاستيراد.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file} is an edition file or a judge&apos;s package, not a table. A judge&apos;s return is merged with Edition ▸ Merge a judge&apos;s return (or the button below).</source>
        <translation>{file} ملف مسابقة أو حزمة محكّم، وليس جدولًا. يُدمج مرتجع المحكّم عبر المسابقة ▸ دمج مرتجع محكّم (أو الزر أدناه).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge as a judge&apos;s return…</source>
        <translation>دمج كمرتجع محكّم…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✗ The file is refused whole ({n} problems; the first {shown} are listed): nothing will be written. Correct it and choose it again.</source>
        <translation>✗ رُفض الملف كاملًا ({n} مشكلة؛ أول {shown} معروضة): لن يُكتب شيء. صحّحه واختره من جديد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ The file is refused whole ({n} problems): nothing will be written. Correct it and choose it again.</source>
        <translation>✗ رُفض الملف كاملًا ({n} مشكلة): لن يُكتب شيء. صحّحه واختره من جديد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ The file is refused whole (1 problem): nothing will be written. Correct it and choose it again.</source>
        <translation>✗ رُفض الملف كاملًا (مشكلة واحدة): لن يُكتب شيء. صحّحه واختره من جديد.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Importing {file}… (Cancel leaves the edition as it was)</source>
        <translation>جارٍ استيراد {file}… (الإلغاء يُبقي المسابقة كما كانت)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>أُلغي الاستيراد: لم يُكتب شيء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling… nothing will be written.</source>
        <translation>جارٍ الإلغاء… لن يُكتب شيء.</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <location filename="../../ui/letters.py" line="+38"/>
        <source>Feedback letters</source>
        <translation>رسائل الملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every applicant receives a letter: how far the application went, each criterion&apos;s average beside the category&apos;s spread, and the judges&apos; comments, signed Judge A, B, C, never with a name.</source>
        <translation>يتلقى كل متقدّم رسالة: المرحلة التي بلغها طلبه، ومتوسط كل معيار بجانب تشتّت الفئة، وتعليقات المحكّمين بتوقيع «المحكّم A، B، C» دون ذكر أي اسم أبدًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The application whose letter to preview</source>
        <translation>الطلب المراد معاينة رسالته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the figures and charts</source>
        <translation>عرض الأرقام والرسوم البيانية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Application</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Write every letter…</source>
        <translation>كتابة كل الرسائل…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write the letters into</source>
        <translation>كتابة الرسائل في</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the feedback letters…</source>
        <translation>جارٍ كتابة رسائل الملاحظات…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters written</source>
        <translation>كُتبت الرسائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} letters written to {folder}, one PDF per application.</source>
        <translation>كُتبت {n} من الرسائل في {folder}، ملف PDF واحد لكل طلب.</translation>
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
        <translation>طرق العرض</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+635"/>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <location line="-553"/>
        <source>&amp;File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New edition…</source>
        <translation>مسابقة جديدة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open edition or judge&apos;s package…</source>
        <translation>فتح ملف مسابقة أو حزمة محكّم…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>فتح ملف حديث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the &amp;demo</source>
        <translation>تجربة العرض التوضيحي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import a file…</source>
        <translation>استيراد ملف…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a CSV or Excel file, checked first</source>
        <translation>استيراد ملف CSV أو Excel بعد فحصه أولًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories…</source>
        <translation>الفئات…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criteria…</source>
        <translation>المعايير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications…</source>
        <translation>الطلبات…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Judges…</source>
        <translation>المحكّمون…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments…</source>
        <translation>التوزيعات…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores…</source>
        <translation>الدرجات…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Backup…</source>
        <translation>نسخة احتياطية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send my scores back…</source>
        <translation>إرسال درجاتي…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the file to send to the secretariat</source>
        <translation>حفظ الملف المراد إرساله إلى الأمانة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close edition</source>
        <translation>إغلاق المسابقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;dit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+514"/>
        <source>&amp;Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location line="-510"/>
        <source>&amp;Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a record to the table on screen</source>
        <translation>إضافة سجل إلى الجدول المعروض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected record</source>
        <translation>تحرير السجل المحدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected record (asks first)</source>
        <translation>حذف السجل المحدد (بعد السؤال)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Editio&amp;n</source>
        <translation>المسابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;ttings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition, the award rules, the method and the certificate&apos;s design</source>
        <translation>المسابقة، وقواعد الجوائز، وطريقة الحساب، وتصميم الشهادة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rounds…</source>
        <translation>الجولات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rounds of judging: add one, or advance to the next with the cut shown first</source>
        <translation>جولات التحكيم: إضافة جولة، أو الانتقال إلى التالية بعد عرض خط التأهل أولًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assign judges automatically…</source>
        <translation>توزيع المحكّمين تلقائيًا…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Declare a conflict…</source>
        <translation>إعلان تضارب مصالح…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export judge &amp;packages…</source>
        <translation>تصدير حزم المحكّمين…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file per judge to score offline in this app</source>
        <translation>ملف لكل محكّم للتقييم دون اتصال في هذا التطبيق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export judges&apos; Excel &amp;sheets…</source>
        <translation>تصدير جداول Excel للمحكّمين…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge a judge&apos;s return…</source>
        <translation>دمج مرتجع محكّم…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a package or sheet a judge sent back (checked first)</source>
        <translation>دمج حزمة أو جدول أرسله محكّم (بعد فحصه أولًا)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compute</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jury&apos;s decision…</source>
        <translation>قرار لجنة التحكيم…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear a decision…</source>
        <translation>إلغاء قرار…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Finalize…</source>
        <translation>اعتماد نهائي…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reopen…</source>
        <translation>إعادة فتح…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export results…</source>
        <translation>تصدير النتائج…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the &amp;report…</source>
        <translation>تصدير التقرير…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;certificates…</source>
        <translation>تصدير الشهادات…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback &amp;letters…</source>
        <translation>رسائل الملاحظات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A letter for every applicant: preview one, write them all</source>
        <translation>رسالة لكل متقدّم: معاينة واحدة، أو كتابتها كلها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About WeGO Awards</source>
        <translation>حول WeGO Awards</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>WeGO Awards is in {language}.</source>
        <translation>WeGO Awards معروض الآن بـ{language}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeGO Awards will be in {language} the next time it starts.</source>
        <translation>سيُعرض WeGO Awards بـ{language} عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open a judge&apos;s package</source>
        <translation>فتح حزمة محكّم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open an edition</source>
        <translation>فتح ملف مسابقة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening {file}…</source>
        <translation>جارٍ فتح {file}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} is a judge&apos;s sealed package. Type its passphrase: the words the secretariat gave you with the file (capitals and spaces do not matter).</source>
        <translation>{file} حزمة محكّم مختومة. اكتب عبارة المرور الخاصة بها: الكلمات التي أعطتك إياها الأمانة مع الملف (لا تهم الأحرف الكبيرة والمسافات).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That passphrase does not open {file}. Check the words and type it again.</source>
        <translation>عبارة المرور هذه لا تفتح {file}. تحقق من الكلمات واكتبها مرة أخرى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Building the demo edition (a few seconds, only the first time)…</source>
        <translation>جارٍ إنشاء المسابقة التوضيحية (بضع ثوانٍ، في المرة الأولى فقط)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} exists already; choose a new file for a new edition</source>
        <translation>{path} موجود مسبقًا؛ اختر ملفًا جديدًا لمسابقة جديدة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} could not be opened: {error}</source>
        <translation>تعذّر فتح {file}: {error}</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>{file}: open or create an edition first; then drop the file again to import it.</source>
        <translation>{file}: افتح مسابقة أو أنشئ واحدة أولًا، ثم أفلت الملف من جديد لاستيراده.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} was not imported: a judge&apos;s package takes scores only from this window.</source>
        <translation>لم يُستورد {file}: حزمة المحكّم لا تقبل الدرجات إلا من هذه النافذة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A judge&apos;s package or an edition</source>
        <translation>حزمة محكّم أم ملف مسابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is an edition file or a judge&apos;s package.

Merge it into {edition} as a judge&apos;s return (it is checked first), or open it in place of this edition?</source>
        <translation>{file} ملف مسابقة أو حزمة محكّم.

هل تريد دمجه في {edition} كمرتجع محكّم (يُفحص أولًا)، أم فتحه بدلًا من هذه المسابقة؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge as a return</source>
        <translation>دمج كمرتجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it</source>
        <translation>فتحه</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>finalized</source>
        <translation>معتمدة نهائيًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>judge {judge}&apos;s package</source>
        <translation>حزمة المحكّم {judge}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>judge {judge}</source>
        <translation>المحكّم {judge}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>round {code} ({name}), {n} of {total}</source>
        <translation>الجولة {code} ({name})، {n} من {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 application</source>
        <translation>طلب واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} applications</source>
        <translation>الطلبات: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 judge</source>
        <translation>محكّم واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} judges</source>
        <translation>المحكّمون: {n}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open or create an edition first</source>
        <translation>افتح مسابقة أو أنشئ واحدة أولًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition is finalized: reopen it first (Results ▸ Reopen…)</source>
        <translation>المسابقة معتمدة نهائيًا: أعد فتحها أولًا (النتائج ▸ إعادة فتح…)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No edition is open</source>
        <translation>لا توجد مسابقة مفتوحة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The results are not finalized</source>
        <translation>النتائج لم تُعتمد نهائيًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a table first (Applications, Judges, Categories, Criteria, Conflicts or Assignments)</source>
        <translation>اعرض جدولًا أولًا (الطلبات، المحكّمون، الفئات، المعايير، تضارب المصالح أو التوزيعات)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Undo {what}</source>
        <translation>تراجع: {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to undo yet</source>
        <translation>لا شيء للتراجع عنه بعد</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No edition or package was opened recently</source>
        <translation>لم تُفتح أي مسابقة أو حزمة مؤخرًا</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="+27"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>أُلغي؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not done</source>
        <translation>لم يتم</translation>
    </message>
</context>
<context>
    <name>NewEditionDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+120"/>
        <source>New edition</source>
        <translation>مسابقة جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 5th WeGO Awards</source>
        <translation>مثلًا: جوائز WeGO الخامسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition name</source>
        <translation>اسم المسابقة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who gives the awards, e.g. World Smart Sustainable Cities Organization</source>
        <translation>الجهة المانحة للجوائز، مثلًا: المنظمة العالمية للمدن الذكية المستدامة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on the certificates and the report</source>
        <translation>يُطبع على الشهادات والتقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeGO&apos;s six smart-city categories</source>
        <translation>فئات WeGO الست للمدن الذكية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with WeGO&apos;s six smart-city categories</source>
        <translation>البدء بفئات WeGO الست للمدن الذكية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My own (import a categories file next, or add them one by one)</source>
        <translation>فئاتي الخاصة (استورد ملف فئات بعد ذلك، أو أضفها واحدة واحدة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with my own categories</source>
        <translation>البدء بفئاتي الخاصة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File of the new edition</source>
        <translation>ملف المسابقة الجديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file of the new edition</source>
        <translation>اختر ملف المسابقة الجديدة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The edition starts with the six WeGO categories; import criteria, applications and judges next (File ▸ Import, or drop the files on the window).</source>
        <translation>تبدأ المسابقة بفئات WeGO الست؛ استورد بعدها المعايير والطلبات والمحكّمين (ملف ▸ استيراد، أو أفلت الملفات على النافذة).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The edition starts with no categories: import a categories file first (File ▸ Import), or add them one by one; then criteria, applications and judges.</source>
        <translation>تبدأ المسابقة بلا فئات: استورد ملف فئات أولًا (ملف ▸ استيراد)، أو أضفها واحدة واحدة؛ ثم المعايير والطلبات والمحكّمين.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file for the new edition</source>
        <translation>ملف المسابقة الجديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edition files</source>
        <translation>ملفات المسابقات</translation>
    </message>
</context>
<context>
    <name>OffsetChart</name>
    <message>
        <location filename="../../ui/charts.py" line="+76"/>
        <source>more lenient</source>
        <translation>أكثر تساهلًا</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-160"/>
        <source>Jury&apos;s decision in {category}</source>
        <translation>قرار لجنة التحكيم في {category}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Required: why the jury decided so (kept in the history and printed in the report)</source>
        <translation>مطلوب: لماذا قررت لجنة التحكيم ذلك (يُحفظ في السجل ويُطبع في التقرير)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The computed award is replaced by the jury&apos;s decision. A reason is required.</source>
        <translation>يحلّ قرار لجنة التحكيم محل الجائزة المحسوبة. السبب مطلوب.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Award</source>
        <translation>الجائزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the decision</source>
        <translation>تسجيل القرار</translation>
    </message>
</context>
<context>
    <name>ProgressBars</name>
    <message>
        <location filename="../../ui/charts.py" line="-121"/>
        <source>scored</source>
        <translation>مُقيَّم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>partly scored</source>
        <translation>مُقيَّم جزئيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to do</source>
        <translation>متبقٍّ</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../ui/progress.py" line="+49"/>
        <source>Judges: applications scored of those assigned</source>
        <translation>المحكّمون: الطلبات المُقيَّمة من المُسندة إليهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories: judge-application pairs scored</source>
        <translation>الفئات: أزواج المحكّم والطلب المُقيَّمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judges&apos; progress</source>
        <translation>تقدّم المحكّمين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories&apos; progress</source>
        <translation>تقدّم الفئات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judge</source>
        <translation>المحكّم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>المُسند</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scored</source>
        <translation>المُقيَّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly scored</source>
        <translation>مُقيَّم جزئيًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missing</source>
        <translation>الناقص</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whom to remind</source>
        <translation>من يجب تذكيره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whom to remind (most missing first)</source>
        <translation>من يجب تذكيره (الأكثر نقصًا أولًا)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a judge&apos;s return…</source>
        <translation>دمج مرتجع محكّم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A package or filled sheet a judge sent back: checked first, then merged (Ctrl+Shift+I)</source>
        <translation>حزمة أو جدول مملوء أرسله محكّم: يُفحص أولًا ثم يُدمج (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy their e-mail addresses</source>
        <translation>نسخ عناوين بريدهم الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The addresses of the judges still scoring, for your mail program</source>
        <translation>عناوين المحكّمين الذين ما زالوا يقيّمون، لبرنامج البريد لديك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to them…</source>
        <translation>مراسلتهم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reminder in your mail program, to the judges still scoring</source>
        <translation>تذكير في برنامج البريد لديك إلى المحكّمين الذين ما زالوا يقيّمون</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading the progress…</source>
        <translation>جارٍ قراءة التقدم…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{figures} · updating…</source>
        <translation>{figures} · جارٍ التحديث…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>finalized</source>
        <translation>معتمدة نهائيًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open for scoring</source>
        <translation>مفتوحة للتقييم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{scored} of {assigned} judge-application pairs scored ({percent}%) · {applications} applications, {judges} judges, {criteria} criteria · {scores} scores · {state}</source>
        <translation>قُيِّم {scored} من {assigned} من أزواج المحكّم والطلب ({percent}%) · الطلبات: {applications}، المحكّمون: {judges}، المعايير: {criteria} · الدرجات: {scores} · {state}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{judge} ({n} to go)</source>
        <translation>{judge} (متبقٍّ {n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still scoring: {names} and {n} more.</source>
        <translation>ما زال يقيّم: {names} و{n} آخرون.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still scoring: {names}.</source>
        <translation>ما زال يقيّم: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every judge has scored every application assigned to them.</source>
        <translation>قيّم كل محكّم جميع الطلبات المُسندة إليه.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No judge with work left has an e-mail address</source>
        <translation>لا يملك أيٌّ من المحكّمين المتبقّي لديهم عمل عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every judge is done</source>
        <translation>أنهى جميع المحكّمين عملهم</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail addresses copied: {n}.</source>
        <translation>نُسخت عناوين البريد الإلكتروني: {n}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No mail program could be opened here; the addresses were copied instead.</source>
        <translation>تعذّر فتح برنامج بريد هنا؛ نُسخت العناوين بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-53"/>
        <source>The reason, as it will stand in the history</source>
        <translation>السبب، كما سيرد في السجل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="-31"/>
        <source>Add a category</source>
        <translation>إضافة فئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit category {key}</source>
        <translation>تحرير الفئة {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a criterion</source>
        <translation>إضافة معيار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit criterion {key}</source>
        <translation>تحرير المعيار {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an application</source>
        <translation>إضافة طلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit application {key}</source>
        <translation>تحرير الطلب {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a judge</source>
        <translation>إضافة محكّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit judge {key}</source>
        <translation>تحرير المحكّم {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a conflict</source>
        <translation>إضافة تضارب مصالح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit conflict {key}</source>
        <translation>تحرير تضارب المصالح {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an assignment</source>
        <translation>إضافة توزيع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit assignment {key}</source>
        <translation>تحرير التوزيع {key}</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Fields marked * are required. Nothing is written until you press Save; the same rules as the imports apply.</source>
        <translation>الحقول المعلّمة بـ * مطلوبة. لا يُكتب شيء حتى تضغط «حفظ»؛ وتسري القواعد نفسها المطبّقة على الاستيراد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record&apos;s fields</source>
        <translation>حقول السجل</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{n} problems, shown beside their fields; nothing was written.</source>
        <translation>{n} مشكلة، معروضة بجانب حقولها؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 problem, shown beside its field; nothing was written.</source>
        <translation>مشكلة واحدة، معروضة بجانب حقلها؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save this change?</source>
        <translation>حفظ هذا التغيير؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved.</source>
        <translation>لم يُحفظ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../ui/tr_catalog.py" line="+4"/>
        <source>Not done</source>
        <translation>لم يتم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>

You can take it back with Edit ▸ Undo.</source>
        <translation>

يمكنك التراجع عن ذلك عبر تحرير ▸ تراجع.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go ahead</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not deleted</source>
        <translation>لم يُحذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {key}?</source>
        <translation>حذف {key}؟</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/results.py" line="-97"/>
        <source>Judge-effect model (default)</source>
        <translation>نموذج أثر المحكّم (الافتراضي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain mean</source>
        <translation>المتوسط البسيط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standardised (z-score)</source>
        <translation>الدرجات المعيارية (z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trimmed mean</source>
        <translation>المتوسط المشذّب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+169"/>
        <source>Application</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+168"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+166"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw mean</source>
        <translation>المتوسط الخام</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+206"/>
        <source>Judges</source>
        <translation>المحكّمون</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>SE</source>
        <translation>الخطأ المعياري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award</source>
        <translation>الجائزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge</source>
        <translation>المحكّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>المُقيَّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offset</source>
        <translation>الإزاحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread</source>
        <translation>التشتّت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlier</source>
        <translation>شاذّ</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+31"/>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+4"/>
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute the results again (F5)</source>
        <translation>إعادة حساب النتائج (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jury&apos;s decision…</source>
        <translation>قرار لجنة التحكيم…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear a decision…</source>
        <translation>إلغاء قرار…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalize…</source>
        <translation>اعتماد نهائي…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen…</source>
        <translation>إعادة فتح…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ranking</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share passing</source>
        <translation>نسبة القبول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The screeners&apos; votes</source>
        <translation>أصوات محكّمي الفرز</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scores with their 95% intervals (the leading applications)</source>
        <translation>الدرجات مع فترات 95% (الطلبات المتصدّرة)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Judges&apos; offsets (removed by the judge-effect model)</source>
        <translation>إزاحات المحكّمين (يزيلها نموذج أثر المحكّم)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Judges&apos; statistics</source>
        <translation>إحصاءات المحكّمين</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awards by category</source>
        <translation>الجوائز حسب الفئة</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>done</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Computing…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computing the results…</source>
        <translation>جارٍ حساب النتائج…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Round {code} ({name}) is a qualifying round: its results are the screeners&apos; votes.</source>
        <translation>الجولة {code} ({name}) جولة تأهيلية: نتائجها هي أصوات محكّمي الفرز.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Finalized</source>
        <translation>معتمدة نهائيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the results are locked</source>
        <translation>النتائج مقفلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not finalized</source>
        <translation>غير معتمدة نهائيًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>judges&apos; agreement (ICC) {raw} raw, {adjusted} adjusted</source>
        <translation>اتفاق المحكّمين (ICC) {raw} خام، {adjusted} معدّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>judges&apos; agreement (ICC) {raw} raw</source>
        <translation>اتفاق المحكّمين (ICC) {raw} خام</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} judge-application pairs are partly scored and not counted.</source>
        <translation>{n} من أزواج المحكّم والطلب مُقيَّمة جزئيًا ولا تُحتسب.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>estimated from the scores</source>
        <translation>مقدّر من الدرجات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed</source>
        <translation>ثابت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated from the scores: judges&apos; leniency spread (sd) {offset}, noise {noise}, quality {quality}; shrinkage {shrinkage} ({how}).</source>
        <translation>مقدّر من الدرجات: تشتّت تساهل المحكّمين (sd) {offset}، الضوضاء {noise}، الجودة {quality}؛ الانكماش {shrinkage} ({how}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>For the jury:</source>
        <translation>للجنة التحكيم:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No decision to clear</source>
        <translation>لا قرار لإلغائه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The jury has made no decision in {category}.</source>
        <translation>لم تتخذ لجنة التحكيم أي قرار في {category}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear a decision</source>
        <translation>إلغاء قرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which decision in {category}?</source>
        <translation>أي قرار في {category}؟</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the results before finalizing…</source>
        <translation>جارٍ فحص النتائج قبل الاعتماد النهائي…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Not finalized</source>
        <translation>لم تُعتمد</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Not finalized yet</source>
        <translation>لم تُعتمد بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The results cannot be finalized while an exact tie at an award boundary has no jury decision:</source>
        <translation>لا يمكن اعتماد النتائج نهائيًا ما دام هناك تعادل تام عند حدّ جائزة دون قرار من لجنة التحكيم:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the jury&apos;s decision first (Jury&apos;s decision…).</source>
        <translation>سجّل قرار لجنة التحكيم أولًا (قرار لجنة التحكيم…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalizing locks the results: no score, application or rule can change until the edition is reopened (with a reason). Certificates then carry no DRAFT mark.</source>
        <translation>الاعتماد النهائي يقفل النتائج: لا يمكن تغيير أي درجة أو طلب أو قاعدة حتى يُعاد فتح المسابقة (مع ذكر السبب). وبعدها لا تحمل الشهادات علامة DRAFT.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} awards, method {method}.</source>
        <translation>الجوائز: {n}، الطريقة: {method}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before you finalize, the jury should have looked at these {n}:</source>
        <translation>قبل الاعتماد النهائي، ينبغي أن تكون لجنة التحكيم قد نظرت في هذه الملاحظات ({n}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and {n} more</source>
        <translation>… و{n} أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalize the results</source>
        <translation>اعتماد النتائج نهائيًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finalize</source>
        <translation>اعتماد نهائي</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reopen the results</source>
        <translation>إعادة فتح النتائج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopening unlocks scores, applications and rules. Why?</source>
        <translation>إعادة الفتح تلغي قفل الدرجات والطلبات والقواعد. ما السبب؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not reopened</source>
        <translation>لم يُعد فتحها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the results</source>
        <translation>تصدير النتائج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>مصنّف Excel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported</source>
        <translation>تم التصدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The results were written to {file}.</source>
        <translation>كُتبت النتائج في {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not exported</source>
        <translation>لم يُصدَّر</translation>
    </message>
    <message>
        <location filename="../../ui/tr_catalog.py" line="+1"/>
        <source>The scores alone would not have ranked it (it is not fully scored).</source>
        <translation>ما كانت الدرجات وحدها لتمنحه ترتيبًا (لم يُقيَّم تقييمًا كاملًا).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By the scores alone it ranked {rank} ({score}), {gap} below the {place} place this award stands for.</source>
        <translation>بحسب الدرجات وحدها جاء في {rank} ({score})، بفارق {gap} دون {place} التي تمثّلها هذه الجائزة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By the scores alone it ranked {rank} ({score}), {gap} above the {place} place this award stands for.</source>
        <translation>بحسب الدرجات وحدها جاء في {rank} ({score})، بفارق {gap} فوق {place} التي تمثّلها هذه الجائزة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By the scores alone it ranked {rank} ({score}).</source>
        <translation>بحسب الدرجات وحدها جاء في {rank} ({score}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no. {n}</source>
        <translation>المرتبة {n}</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <location line="+1"/>
        <source>qualifying</source>
        <translation>تأهيلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scoring</source>
        <translation>تقييم بالدرجات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>مخطط لها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kind of round</source>
        <translation>نوع الجولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring: judges score the criteria</source>
        <translation>تقييم بالدرجات: يمنح المحكّمون درجات للمعايير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualifying: screeners say pass or fail</source>
        <translation>تأهيلية: يحكم محكّمو الفرز بالقبول أو الرفض</translation>
    </message>
</context>
<context>
    <name>RoundsDialog</name>
    <message>
        <location filename="../../ui/rounds.py" line="-154"/>
        <source>Rounds of judging</source>
        <translation>جولات التحكيم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each round has its own criteria, assignments, packages and scores; the open round is the one judged now. The awards come from the last round.</source>
        <translation>لكل جولة معاييرها وتوزيعاتها وحزمها ودرجاتها؛ والجولة المفتوحة هي التي يجري تحكيمها الآن. وتُستمد الجوائز من الجولة الأخيرة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rounds</source>
        <translation>الجولات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criteria</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add a round…</source>
        <translation>إضافة جولة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit the round…</source>
        <translation>تحرير الجولة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the selected round, or change its kind while nothing is scored in it</source>
        <translation>إعادة تسمية الجولة المحددة، أو تغيير نوعها ما دام لم يُقيَّم فيها شيء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ad&amp;vance to the next round…</source>
        <translation>الانتقال إلى الجولة التالية…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the previous round&apos;s, when it opens</source>
        <translation>معايير الجولة السابقة، عند فتحها</translation>
    </message>
</context>
<context>
    <name>ScoreForm</name>
    <message>
        <location filename="../../ui/scoreform.py" line="+72"/>
        <source>Your comment</source>
        <translation>تعليقك</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+35"/>
        <source>✓ saved</source>
        <translation>✓ حُفظ</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cleared</source>
        <translation>مُسح</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{done} of {n} criteria scored</source>
        <translation>قُيِّم {done} من {n} معايير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All {n} criteria scored · weighted total {total} / 10</source>
        <translation>قُيِّمت المعايير كلها ({n}) · المجموع الموزون {total} / 10</translation>
    </message>
</context>
<context>
    <name>ScoreScale</name>
    <message>
        <location filename="../../ui/scorescale.py" line="+47"/>
        <source>Type a score (digits, &apos;.&apos; for a half), or use the arrow keys; Delete clears it; Tab goes to the next criterion</source>
        <translation>اكتب درجة (أرقام، و&apos;.&apos; لنصف نقطة)، أو استخدم مفاتيح الأسهم؛ Delete يمسحها؛ Tab ينتقل إلى المعيار التالي</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>&apos;{text}&apos; is not a score</source>
        <translation>&apos;{text}&apos; ليست درجة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} is above the highest score, {limit}: not taken</source>
        <translation>{text} أعلى من أعلى درجة، {limit}: لم تُقبل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} is below the lowest score, {limit}: not taken</source>
        <translation>{text} أدنى من أدنى درجة، {limit}: لم تُقبل</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../../ui/scoring.py" line="+85"/>
        <source>Scoring as</source>
        <translation>التقييم باسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring as judge</source>
        <translation>التقييم باسم المحكّم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%v of %m applications scored</source>
        <translation>قُيِّم %v من %m طلبات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send my scores back…</source>
        <translation>إرسال درجاتي…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the signed file to send to the secretariat (Ctrl+Shift+S)</source>
        <translation>حفظ الملف الموقّع لإرساله إلى الأمانة (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your applications</source>
        <translation>طلباتك</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+459"/>
        <source>Your totals beside the panel&apos;s</source>
        <translation>مجاميعك بجانب مجاميع اللجنة</translation>
    </message>
    <message>
        <location line="-458"/>
        <source>Weighted totals (0 to 10) of the applications you have scored completely, beside the whole panel&apos;s (anonymous)</source>
        <translation>المجاميع الموزونة (من 0 إلى 10) للطلبات التي قيّمتها كاملة، بجانب مجاميع اللجنة كلها (دون أسماء)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Summary of the application</source>
        <translation>ملخص الطلب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have a conflict with this application…</source>
        <translation>لديّ تضارب مصالح مع هذا الطلب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare a conflict of interest: you will not see or score this application again</source>
        <translation>إعلان تضارب مصالح: لن ترى هذا الطلب ولن تقيّمه مرة أخرى</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The scoring form</source>
        <translation>استمارة التقييم</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Digits or arrows score · Tab next criterion · Ctrl+Enter or PgDown next application · PgUp previous</source>
        <translation>الأرقام أو الأسهم للتقييم · Tab المعيار التالي · Ctrl+Enter أو PgDown الطلب التالي · PgUp السابق</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the judge you are scoring as, above.</source>
        <translation>اختر المحكّم الذي تقيّم باسمه، في الأعلى.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The results of this edition are finalized: scores are locked and shown read-only.</source>
        <translation>نتائج هذه المسابقة معتمدة نهائيًا: الدرجات مقفلة ومعروضة للقراءة فقط.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a judge…</source>
        <translation>اختر محكّمًا…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the judge you are scoring as, above. They see only the applications assigned to them, never one they have a conflict with.</source>
        <translation>اختر المحكّم الذي تقيّم باسمه، في الأعلى. لا يرى إلا الطلبات المُسندة إليه، ولا يرى أبدًا طلبًا لديه تضارب مصالح معه.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Your applications, judge {judge}</source>
        <translation>طلباتك، أيها المحكّم {judge}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge {judge} has no applications to score.</source>
        <translation>ليس لدى المحكّم {judge} طلبات لتقييمها.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No summary was given with this application.</source>
        <translation>لم يُرفق ملخص بهذا الطلب.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Declare a conflict</source>
        <translation>إعلان تضارب مصالح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will not see or score {application} again, and the secretariat will know why. The {n} scores you gave it will be cleared. What is the conflict?</source>
        <translation>لن ترى {application} ولن تقيّمه مرة أخرى، وستعرف الأمانة السبب. ستُمحى الدرجات التي منحتها له ({n}). ما تضارب المصالح؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You will not see or score {application} again, and the secretariat will know why. What is the conflict?</source>
        <translation>لن ترى {application} ولن تقيّمه مرة أخرى، وستعرف الأمانة السبب. ما تضارب المصالح؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declare</source>
        <translation>إعلان</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>score of {application}, {criterion}</source>
        <translation>درجة {application}، {criterion}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your comment will be saved with your first score of this application.</source>
        <translation>سيُحفظ تعليقك مع أول درجة تمنحها لهذا الطلب.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: {error}</source>
        <translation>لم يُحفظ: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ All changes saved ({time})</source>
        <translation>✓ حُفظت جميع التغييرات ({time})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your totals</source>
        <translation>مجاميعك</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings.py" line="+106"/>
        <source>Edition settings</source>
        <translation>إعدادات المسابقة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Notice</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings pages</source>
        <translation>صفحات الإعدادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edition</source>
        <translation>المسابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Awards and method</source>
        <translation>الجوائز وطريقة الحساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificate</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the settings…</source>
        <translation>جارٍ تحميل الإعدادات…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply every change on every page</source>
        <translation>تطبيق كل تغيير في كل صفحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edition name</source>
        <translation>اسم المسابقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed on the certificates and the report</source>
        <translation>يُطبع على الشهادات والتقرير</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. World Smart Sustainable Cities Organization</source>
        <translation>مثلًا: المنظمة العالمية للمدن الذكية المستدامة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who gives the awards; printed on the certificates and the report</source>
        <translation>الجهة المانحة للجوائز؛ تُطبع على الشهادات والتقرير</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ceremony date</source>
        <translation>تاريخ الحفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceremony date not set</source>
        <translation>تاريخ الحفل غير محدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a date the certificates carry the day the results are finalized</source>
        <translation>من دون تاريخ تحمل الشهادات يوم اعتماد النتائج نهائيًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Seoul</source>
        <translation>مثلًا: سيول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceremony place</source>
        <translation>مكان الحفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the awards are handed out; the certificate&apos;s wording can print it as {ceremony_place}</source>
        <translation>حيث تُسلَّم الجوائز؛ يمكن لنص الشهادة طباعته بصيغة {ceremony_place}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate language</source>
        <translation>لغة الشهادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the certificates&apos; wording, award names and date; two print side by side. A template can word each language its own way.</source>
        <translation>لغة نص الشهادات وأسماء الجوائز والتاريخ؛ وتُطبع لغتان جنبًا إلى جنب. ويمكن للقالب أن يصوغ كل لغة على طريقته.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceremony &amp;date</source>
        <translation>تاريخ الحفل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ceremony &amp;place</source>
        <translation>مكان الحفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate &amp;language</source>
        <translation>لغة الشهادات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name, year and organisation head every certificate and the report. Without a ceremony date the certificates carry the day the results are finalized. The place is printed where the certificate&apos;s wording says {ceremony_place} (see the Certificate page, e.g. the date line).</source>
        <translation>يتصدّر الاسم والسنة والمؤسسة كل شهادة والتقرير. من دون تاريخ للحفل تحمل الشهادات يوم اعتماد النتائج نهائيًا. يُطبع المكان حيث يذكر نص الشهادة {ceremony_place} (انظر صفحة الشهادة، مثل سطر التاريخ).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Awards per category</source>
        <translation>الجوائز لكل فئة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> per category</source>
        <translation> لكل فئة</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+41"/>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>How the judges&apos; scores become each application&apos;s score</source>
        <translation>كيف تصبح درجات المحكّمين درجةَ كل طلب</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shrinkage of judge offsets</source>
        <translation>انكماش إزاحات المحكّمين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How strongly each judge&apos;s leniency is pulled towards zero (judge-effect model)</source>
        <translation>مدى قوة سحب تساهل كل محكّم نحو الصفر (نموذج أثر المحكّم)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate from the scores (recommended)</source>
        <translation>تقدير من الدرجات (موصى به)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimate the shrinkage from the scores</source>
        <translation>تقدير الانكماش من الدرجات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The noise variance over the judges&apos; offset variance, estimated from this edition&apos;s scores; untick to fix a number</source>
        <translation>تباين الضوضاء مقسومًا على تباين إزاحات المحكّمين، مقدّرًا من درجات هذه المسابقة؛ ألغِ التحديد لتثبيت رقم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minimum score for an award</source>
        <translation>الحد الأدنى للدرجة لنيل جائزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An award tier stays empty below this score; &apos;none&apos; for no minimum</source>
        <translation>تبقى فئة الجائزة فارغة تحت هذه الدرجة؛ &apos;none&apos; لعدم وجود حد أدنى</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Near tie below</source>
        <translation>تعادل متقارب دون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two applications closer than this at an award boundary are flagged for the jury</source>
        <translation>يُنبَّه لجنة التحكيم إلى طلبين أقرب من هذا الفارق عند حدّ جائزة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low confidence below</source>
        <translation>ثقة منخفضة دون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An award whose confidence is below this is flagged for the jury</source>
        <translation>يُنبَّه لجنة التحكيم إلى جائزة ثقتها أقل من هذا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No judge scores an application from their own country</source>
        <translation>لا يقيّم أي محكّم طلبًا من بلده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own-country rule</source>
        <translation>قاعدة البلد نفسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A judge from the applicant&apos;s country counts as conflicted</source>
        <translation>المحكّم من بلد المتقدّم يُعدّ في حالة تضارب مصالح</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Shrinkage of judge offsets</source>
        <translation>انكماش إزاحات المحكّمين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum score for an a&amp;ward</source>
        <translation>الحد الأدنى للدرجة لنيل جائزة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near &amp;tie below</source>
        <translation>تعادل متقارب دون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Low confidence below</source>
        <translation>ثقة منخفضة دون</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signatories (one to three)</source>
        <translation>الموقّعون (من واحد إلى ثلاثة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Add a signatory</source>
        <translation>إضافة موقّع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wording</source>
        <translation>الصياغة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Placeholders filled in on each certificate: {organisation} {edition} {year} {award} {category} {city} {country} {title} {application} {date} {ceremony_place} {code}. Write {{ or }} for a brace.</source>
        <translation>عناصر نائبة تُملأ في كل شهادة: {organisation} {edition} {year} {award} {category} {city} {country} {title} {application} {date} {ceremony_place} {code}. اكتب {{ أو }} للقوس.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Award names</source>
        <translation>أسماء الجوائز</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Colours</source>
        <translation>الألوان</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview status</source>
        <translation>حالة المعاينة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Certificate preview</source>
        <translation>معاينة الشهادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the edition&apos;s certificates drawn with the design as it is now, before saving</source>
        <translation>إحدى شهادات المسابقة مرسومة بالتصميم الحالي، قبل الحفظ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The preview needs Qt&apos;s PDF module (PySide6-Addons).</source>
        <translation>تحتاج المعاينة إلى وحدة PDF في Qt ‏(PySide6-Addons).</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The results are finalized, so the settings are locked. Reopen the results first (Results ▸ Reopen…) to change them.</source>
        <translation>النتائج معتمدة نهائيًا، لذا الإعدادات مقفلة. أعد فتح النتائج أولًا (النتائج ▸ إعادة فتح…) لتغييرها.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Drawing the preview…</source>
        <translation>جارٍ رسم المعاينة…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>One of the edition&apos;s certificates, as it is printed now.</source>
        <translation>إحدى شهادات المسابقة، كما تُطبع الآن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the edition&apos;s certificates, drawn as the fields are now; nothing is saved until you press Save.</source>
        <translation>إحدى شهادات المسابقة، مرسومة بالحقول كما هي الآن؛ لا يُحفظ شيء حتى تضغط «حفظ».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A folder for the edition&apos;s certificate template</source>
        <translation>مجلد لقالب شهادة المسابقة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved.</source>
        <translation>لم يُحفظ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings not saved</source>
        <translation>لم تُحفظ الإعدادات</translation>
    </message>
</context>
<context>
    <name>SignatoryBox</name>
    <message>
        <location line="-681"/>
        <source>e.g. Secretary General</source>
        <translation>مثلًا: الأمين العام</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../ui/tables.py" line="+60"/>
        <source>No applications yet.

Import them with File ▸ Import a file, or drop applications.csv (or .xlsx) on this window.</source>
        <translation>لا توجد طلبات بعد.

استوردها عبر ملف ▸ استيراد ملف، أو أفلت applications.csv (أو ‎.xlsx) على هذه النافذة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No judges yet.

Import them with File ▸ Import a file (judges.csv, with their conflicts).</source>
        <translation>لا يوجد محكّمون بعد.

استوردهم عبر ملف ▸ استيراد ملف (judges.csv، مع حالات تضارب المصالح).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts declared.

They come with the judges file (its conflicts column), from the judges&apos; packages, or from Edition ▸ Declare a conflict (or the Add… button above).</source>
        <translation>لم يُعلن أي تضارب مصالح.

تأتي مع ملف المحكّمين (عمود تضارب المصالح)، أو من حزم المحكّمين، أو من المسابقة ▸ إعلان تضارب مصالح (أو زر «إضافة…» في الأعلى).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No categories yet.

Add them one by one with Add… above, or import categories.csv (code, name, description).</source>
        <translation>لا توجد فئات بعد.

أضفها واحدة واحدة عبر «إضافة…» في الأعلى، أو استورد categories.csv (code، name، description).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No criteria yet.

Add them one by one with Add… above (with the rubric a judge sees), or import criteria.csv.</source>
        <translation>لا توجد معايير بعد.

أضفها واحدًا واحدًا عبر «إضافة…» في الأعلى (مع سُلّم التقييم الذي يراه المحكّم)، أو استورد criteria.csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No assignments: every judge scores every application they have no conflict with.

To share the work out, use Edition ▸ Assign judges automatically, or import an assignments file.</source>
        <translation>لا توجد توزيعات: يقيّم كل محكّم كل طلب ليس لديه تضارب مصالح معه.

لتقسيم العمل، استخدم المسابقة ▸ توزيع المحكّمين تلقائيًا، أو استورد ملف توزيعات.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add an application…</source>
        <translation>إضافة طلب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this application…</source>
        <translation>تحرير هذا الطلب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this application…</source>
        <translation>حذف هذا الطلب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an application first.</source>
        <translation>حدّد طلبًا أولًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 application</source>
        <translation>طلب واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} applications</source>
        <translation>الطلبات: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} applications</source>
        <translation>{n} من {total} طلبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a judge…</source>
        <translation>إضافة محكّم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this judge…</source>
        <translation>تحرير هذا المحكّم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this judge…</source>
        <translation>حذف هذا المحكّم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a judge first.</source>
        <translation>حدّد محكّمًا أولًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 judge</source>
        <translation>محكّم واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} judges</source>
        <translation>المحكّمون: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} judges</source>
        <translation>{n} من {total} محكّمين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a conflict…</source>
        <translation>إضافة تضارب مصالح…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this conflict…</source>
        <translation>تحرير هذا التضارب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this conflict…</source>
        <translation>حذف هذا التضارب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a conflict first.</source>
        <translation>حدّد تضاربًا أولًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 conflict</source>
        <translation>تضارب واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} conflicts</source>
        <translation>حالات التضارب: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} conflicts</source>
        <translation>{n} من {total} حالات تضارب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an assignment…</source>
        <translation>إضافة توزيع…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this assignment…</source>
        <translation>تحرير هذا التوزيع…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this assignment…</source>
        <translation>حذف هذا التوزيع…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an assignment first.</source>
        <translation>حدّد توزيعًا أولًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 assignment</source>
        <translation>توزيع واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} assignments</source>
        <translation>التوزيعات: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} assignments</source>
        <translation>{n} من {total} توزيعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a category…</source>
        <translation>إضافة فئة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this category…</source>
        <translation>تحرير هذه الفئة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this category…</source>
        <translation>حذف هذه الفئة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a category first.</source>
        <translation>حدّد فئة أولًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 category</source>
        <translation>فئة واحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} categories</source>
        <translation>الفئات: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} categories</source>
        <translation>{n} من {total} فئات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a criterion…</source>
        <translation>إضافة معيار…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this criterion…</source>
        <translation>تحرير هذا المعيار…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this criterion…</source>
        <translation>حذف هذا المعيار…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a criterion first.</source>
        <translation>حدّد معيارًا أولًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 criterion</source>
        <translation>معيار واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} criteria</source>
        <translation>المعايير: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} criteria</source>
        <translation>{n} من {total} معايير</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filter the table</source>
        <translation>تصفية الجدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter: type words found in any column (e.g. &apos;seoul mobility&apos;)</source>
        <translation>تصفية: اكتب كلمات موجودة في أي عمود (مثلًا &apos;seoul mobility&apos;)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Add a record (Insert)</source>
        <translation>إضافة سجل (Insert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected record (Enter)</source>
        <translation>تحرير السجل المحدد (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected record (Delete); says first what goes with it</source>
        <translation>حذف السجل المحدد (Delete)؛ يذكر أولًا ما يُحذف معه</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The selected record</source>
        <translation>السجل المحدد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Their totals beside the panel&apos;s</source>
        <translation>مجاميعه بجانب مجاميع اللجنة</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The edition is finalized: reopen it first (Results ▸ Reopen…)</source>
        <translation>المسابقة معتمدة نهائيًا: أعد فتحها أولًا (النتائج ▸ إعادة فتح…)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The edition is finalized: nothing can change until it is reopened (Results ▸ Reopen…).</source>
        <translation>المسابقة معتمدة نهائيًا: لا يمكن تغيير شيء حتى يُعاد فتحها (النتائج ▸ إعادة فتح…).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Conflicts and assignments are added or deleted, not edited.</source>
        <translation>حالات التضارب والتوزيعات تُضاف أو تُحذف ولا تُحرَّر.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Declare a conflict…</source>
        <translation>إعلان تضارب مصالح…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>this judge</source>
        <translation>هذا المحكّم</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Conflicts&lt;/b&gt; (never shown these):</source>
        <translation>&lt;b&gt;تضارب المصالح&lt;/b&gt; (لا تُعرض عليه هذه):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts declared.</source>
        <translation>لم يُعلن أي تضارب مصالح.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{scored}&lt;/b&gt; of {total} applications scored, {partial} partly</source>
        <translation>قُيِّم &lt;b&gt;{scored}&lt;/b&gt; من {total} طلبات، و{partial} جزئيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{scored}&lt;/b&gt; of {total} applications scored</source>
        <translation>قُيِّم &lt;b&gt;{scored}&lt;/b&gt; من {total} طلبات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a judge to see it here.</source>
        <translation>حدّد محكّمًا لعرضه هنا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an application to see it here.</source>
        <translation>حدّد طلبًا لعرضه هنا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document: {file}</source>
        <translation>المستند: {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No document attached.</source>
        <translation>لا يوجد مستند مرفق.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="-776"/>
        <source>Applications</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges</source>
        <translation>المحكّمون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>تضارب المصالح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments</source>
        <translation>التوزيعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates</source>
        <translation>الشهادات</translation>
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
        <translation>إدارة مسابقة جوائز: الطلبات، ودرجات المحكّمين، والجوائز، والشهادات.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open an edition…</source>
        <translation>فتح ملف مسابقة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The secretariat&apos;s file of a competition (.db).</source>
        <translation>ملف الأمانة الخاص بمسابقة (‎.db).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a judge&apos;s package…</source>
        <translation>فتح حزمة محكّم…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The file the secretariat sent you to score applications, even offline.</source>
        <translation>الملف الذي أرسلته إليك الأمانة لتقييم الطلبات، حتى دون اتصال.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new edition…</source>
        <translation>إنشاء مسابقة جديدة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a competition: name and year; then import criteria, applications and judges.</source>
        <translation>ابدأ مسابقة: الاسم والسنة؛ ثم استورد المعايير والطلبات والمحكّمين.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the demo</source>
        <translation>تجربة العرض التوضيحي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The 4th WeGO Awards (2020): 52 applications, 6 judges, ready to explore.</source>
        <translation>جوائز WeGO الرابعة (2020): 52 طلبًا، 6 محكّمين، جاهزة للاستكشاف.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Recently opened</source>
        <translation>فُتحت مؤخرًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the user guide (F1)</source>
        <translation>قراءة دليل المستخدم (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secretariat&apos;s edition step by step, and the judge&apos;s evening</source>
        <translation>مسابقة الأمانة خطوة بخطوة، وأمسية المحكّم</translation>
    </message>
</context>
<context>
    <name>WorkloadModel</name>
    <message>
        <location filename="../../ui/workload.py" line="+43"/>
        <source>Application</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>المُقيَّم</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>{done} of {n}</source>
        <translation>{done} من {n}</translation>
    </message>
</context>
<context>
    <name>_PdfField</name>
    <message>
        <location filename="../../ui/forms.py" line="+17"/>
        <source>A PDF file (leave empty to keep the current one)</source>
        <translation>ملف PDF (اتركه فارغًا للإبقاء على الحالي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application&apos;s PDF document</source>
        <translation>مستند PDF الخاص بالطلب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the PDF document</source>
        <translation>اختر مستند PDF</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now: {file}</source>
        <translation>الحالي: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No document attached yet.</source>
        <translation>لا يوجد مستند مرفق بعد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application&apos;s document</source>
        <translation>مستند الطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>مستندات PDF (*.pdf);;جميع الملفات (*)</translation>
    </message>
</context>
<context>
    <name>_Picker</name>
    <message>
        <location line="-271"/>
        <source>Type to find the judge…</source>
        <translation>اكتب للعثور على المحكّم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find the application…</source>
        <translation>اكتب للعثور على الطلب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find the category…</source>
        <translation>اكتب للعثور على الفئة…</translation>
    </message>
</context>
</TS>
