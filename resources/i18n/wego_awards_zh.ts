<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddRoundDialog</name>
    <message>
        <location filename="../../ui/rounds.py" line="+249"/>
        <source>Add a round</source>
        <translation>添加轮次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The round&apos;s code</source>
        <translation>轮次编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Shortlist, Final</source>
        <translation>例如：入围、决赛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The round&apos;s name</source>
        <translation>轮次名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None: the previous round&apos;s criteria</source>
        <translation>无：沿用上一轮的评分标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A criteria file of the round&apos;s own</source>
        <translation>本轮专用的评分标准文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Code</source>
        <translation>编号(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;riteria</source>
        <translation>评分标准(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the round</source>
        <translation>添加轮次</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The round&apos;s criteria</source>
        <translation>本轮评分标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables</source>
        <translation>表格</translation>
    </message>
</context>
<context>
    <name>AdvanceDialog</name>
    <message>
        <location line="+28"/>
        <source>Advance from {source} to {target}</source>
        <translation>从 {source} 进入 {target}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How applications go on</source>
        <translation>申报项目的晋级方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Those the screeners passed</source>
        <translation>初审评委判定通过的项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The top of each category</source>
        <translation>各类别排名靠前的项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Those with at least a score</source>
        <translation>得分不低于指定分数的项目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many of each category</source>
        <translation>每个类别的晋级数量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lowest score that goes on</source>
        <translation>晋级的最低分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than half</source>
        <translation>过半数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of screeners who must pass it</source>
        <translation>须判定通过的初审评委比例</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rule</source>
        <translation>规则(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value</source>
        <translation>值(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show the cut</source>
        <translation>显示晋级线(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the rule, then show the cut: nothing moves until you advance.</source>
        <translation>请先选择规则，再显示晋级线：在执行晋级之前，不会有任何变动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cut, category by category</source>
        <translation>各类别的晋级线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>申报项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score or votes</source>
        <translation>得分或票数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goes on</source>
        <translation>晋级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jury</source>
        <translation>评审团</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Promote…</source>
        <translation>准予晋级(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Demote…</source>
        <translation>不予晋级(&amp;D)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The jury, for the selected application:</source>
        <translation>评审团对所选申报项目的决定：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Advance</source>
        <translation>执行晋级(&amp;A)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>▲ go on to {target}  ·  the cut  ·  stay in {source} ▼</source>
        <translation>▲ 晋级 {target}  ·  晋级线  ·  留在 {source} ▼</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{passes} pass, {fails} fail</source>
        <translation>通过 {passes}，不通过 {fails}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>promoted</source>
        <translation>准予晋级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>demoted</source>
        <translation>不予晋级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TIE: the jury decides</source>
        <translation>并列：由评审团决定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} applications go on to {target}.</source>
        <translation>{n} 个申报项目晋级到 {target}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tie at the cut: {apps}. Select each and promote or demote it, with the jury&apos;s reason, before advancing.</source>
        <translation>晋级线处出现并列：{apps}。执行晋级前，请逐一选择这些项目，决定准予或不予晋级，并注明评审团的原因。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Promote {app}</source>
        <translation>准予 {app} 晋级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demote {app}</source>
        <translation>不予 {app} 晋级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app} goes on to the next round whatever its place. Why?</source>
        <translation>无论排名如何，{app} 都将进入下一轮。原因是什么？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{app} stays out of the next round whatever its place. Why?</source>
        <translation>无论排名如何，{app} 都不会进入下一轮。原因是什么？</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+199"/>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
</context>
<context>
    <name>AwardCard</name>
    <message>
        <location filename="../../ui/results.py" line="+108"/>
        <source>confidence %p%</source>
        <translation>置信度 %p%</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;i&gt;not given&lt;/i&gt;</source>
        <translation>&lt;i&gt;空缺&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>score {score} · raw mean {raw}</source>
        <translation>得分 {score} · 原始平均分 {raw}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{award} · jury decision</source>
        <translation>{award} · 评审团决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jury decision</source>
        <translation>评审团决定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The jury gave this award; the scores alone would not have.</source>
        <translation>此奖项由评审团决定授予；仅凭评分不会授予。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidence: the chance this is the right award, given the scores</source>
        <translation>置信度：根据评分，该奖项授予正确的概率</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>confidence {percent}%</source>
        <translation>置信度 {percent}%</translation>
    </message>
</context>
<context>
    <name>Awards</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+45"/>
        <source>Gold</source>
        <translation>金奖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silver</source>
        <translation>银奖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special Mention</source>
        <translation>特别提名奖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bronze</source>
        <translation>铜奖</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../ui/certificates.py" line="+72"/>
        <source>Certificates of participation (every applicant)</source>
        <translation>参评证书（所有申报单位）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview again</source>
        <translation>重新预览</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export certificates…</source>
        <translation>导出证书…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificates to preview</source>
        <translation>要预览的证书</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The PDF layer is not installed: certificates cannot be made here.</source>
        <translation>未安装 PDF 组件：无法在此生成证书。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The results are finalized: the certificates carry their verification codes and no DRAFT mark.</source>
        <translation>结果已确定：证书带有验证码，且没有 DRAFT（草稿）标记。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The results are not finalized yet: every certificate carries a large DRAFT mark and no valid verification code.</source>
        <translation>结果尚未确定：每张证书都带有醒目的 DRAFT（草稿）标记，且没有有效的验证码。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Rendering the certificates…</source>
        <translation>正在生成证书…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Characters no font can draw</source>
        <translation>没有字体能显示的字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print anyway</source>
        <translation>仍然打印</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All certificates (for printing)</source>
        <translation>全部证书（用于打印）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} certificates previewed (DRAFT)</source>
        <translation>已预览 {n} 张证书（DRAFT 草稿）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} certificates previewed</source>
        <translation>已预览 {n} 张证书</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export the certificates into</source>
        <translation>将证书导出到</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export cancelled; nothing half-written was kept.</source>
        <translation>导出已取消；未保留任何写了一半的文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} certificates written to {folder}</source>
        <translation>已将 {n} 张证书写入 {folder}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the certificates…</source>
        <translation>正在写入证书…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the results report</source>
        <translation>导出结果报告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report written</source>
        <translation>报告已写入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report was written to {file}.</source>
        <translation>报告已写入 {file}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report not written</source>
        <translation>报告未写入</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/tablemodel.py" line="+215"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scored by</source>
        <translation>评分评委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Affiliation</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>利益冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Judge</source>
        <translation>评委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge&apos;s name</source>
        <translation>评委姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>申报项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared by</source>
        <translation>声明方</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores given</source>
        <translation>已给分数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>申报项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>最低</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max</source>
        <translation>最高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubric</source>
        <translation>评分细则</translation>
    </message>
</context>
<context>
    <name>CommentBox</name>
    <message>
        <location filename="../../ui/scoreform.py" line="+182"/>
        <source>Your comment for the jury (optional): strengths, doubts, what would change your mind…</source>
        <translation>给评审团的意见（可选）：优点、疑问、什么会改变您的看法…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="+426"/>
        <source>Declare a conflict of interest</source>
        <translation>声明利益冲突</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The judge</source>
        <translation>评委</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application they must never score</source>
        <translation>该评委不得评分的申报项目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why (kept in the history), e.g. &apos;advised the city on this project&apos;</source>
        <translation>原因（记入历史记录），例如“曾就此项目为该市提供咨询”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The judge will never see, score or be counted for this application. Scores they already gave it are cleared (the history keeps them).</source>
        <translation>该评委将不会看到此申报项目，不会为其评分，也不计入其统计。其已给出的分数将被清除（历史记录中仍保留）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Judge</source>
        <translation>评委(&amp;J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Application</source>
        <translation>申报项目(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Declare the conflict</source>
        <translation>声明利益冲突</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Choose the judge and the application.</source>
        <translation>请选择评委和申报项目。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing else changes.</source>
        <translation>其他内容不会改变。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;&lt;i&gt;Write the reason to go on.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;请填写原因后继续。&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Declare the conflict?</source>
        <translation>确定声明此利益冲突吗？</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../ui/scoreform.py" line="-97"/>
        <source>weight {weight} · {share} of the total · {low} to {high}</source>
        <translation>权重 {weight} · 占总分 {share} · {low} 至 {high} 分</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score for {criterion}</source>
        <translation>{criterion} 得分</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Not scored yet.</source>
        <translation>尚未评分。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/tr_catalog.py" line="+45"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling… nothing will be kept.</source>
        <translation>正在取消…不会保留任何内容。</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../ui/document.py" line="+55"/>
        <location line="+70"/>
        <source>No document attached to this application.</source>
        <translation>此申报项目没有附带文档。</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Smaller (Ctrl+minus, or Ctrl+wheel)</source>
        <translation>缩小（Ctrl+减号，或 Ctrl+滚轮）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger (Ctrl+plus, or Ctrl+wheel)</source>
        <translation>放大（Ctrl+加号，或 Ctrl+滚轮）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page as wide as the pane</source>
        <translation>使页面宽度与窗格一致</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open in viewer</source>
        <translation>在阅读器中打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the document in your PDF viewer</source>
        <translation>在您的 PDF 阅读器中打开文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Document: {file}</source>
        <translation>文档：{file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Press “Open in viewer” to look at it in your PDF viewer.</source>
        <translation>点击“在阅读器中打开”，在您的 PDF 阅读器中查看。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No PDF viewer here</source>
        <translation>没有 PDF 阅读器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program to show PDF files could be started on this computer. A copy of the document is at:

{path}

Open it from there, or use “Save a copy…” to keep it where you like.</source>
        <translation>本计算机上无法启动用于显示 PDF 文件的程序。文档副本位于：

{path}

请从该位置打开，或使用“另存副本…”将其保存到您想要的位置。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the document</source>
        <translation>保存文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>EditRoundDialog</name>
    <message>
        <location filename="../../ui/rounds.py" line="-286"/>
        <source>Round {code}</source>
        <translation>轮次 {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The round&apos;s name</source>
        <translation>轮次名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kind can change only while nothing is scored in the round; a scoring round then takes its criteria from an import.</source>
        <translation>只有在本轮尚无任何评分时才能更改类型；之后评分轮次的评分标准需通过导入获得。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the round</source>
        <translation>保存轮次</translation>
    </message>
</context>
<context>
    <name>EditionActions</name>
    <message>
        <location filename="../../ui/actions.py" line="+60"/>
        <source>Editions and judge packages</source>
        <translation>赛事文件和评委评分包</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Judges&apos; returns: packages and sheets</source>
        <translation>评委回传文件：评分包和评分表</translation>
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
        <translation>任何位置
  Ctrl+O  打开赛事文件或评委评分包
  Ctrl+I  导入文件（或将文件拖放到窗口上）
  Ctrl+Shift+I  合并评委回传文件
  Ctrl+Z  撤销上一次更改
  Ctrl+1 … Ctrl+9, Ctrl+0  各个视图
  F5  计算结果
  Ctrl+,  赛事设置
  F1  用户指南

表格
  Ctrl+F  筛选
  Insert 或 Ctrl+Shift+N  添加记录
  Enter 或 Ctrl+E  编辑所选记录
  Delete 或 Ctrl+Del  删除所选记录（先确认）
  右键单击  在菜单中执行相同操作

评分
  0–9, &apos;.&apos;  输入分数（例如 7、10、7.5）
  ← → ↑ ↓  减少或增加 1 分（按住 Shift：0.5 分）
  Home / End  最低分 / 最高分
  Delete  清除分数
  Tab / Shift+Tab  下一项 / 上一项评分标准，然后是意见
  Ctrl+Enter 或 PgDown  下一个申报项目
  PgUp 或 Ctrl+Shift+Enter  上一个申报项目
  Ctrl+Z  撤回最近给出的分数
  Ctrl+Shift+S  回传我的评分（在评委评分包中）

每个分数在给出时即刻保存；“✓ 所有更改已保存”表示数据库已记录。</translation>
    </message>
    <message>
        <location filename="../../ui/tr_catalog.py" line="-37"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the edition</source>
        <translation>备份赛事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign judges automatically</source>
        <translation>自动分配评委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges per application (existing assignments are kept, conflicts respected, loads balanced):</source>
        <translation>每个申报项目的评委人数（保留现有评审分配，遵守利益冲突，均衡工作量）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigning judges…</source>
        <translation>正在分配评委…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the file to send to the secretariat</source>
        <translation>保存要发送给秘书处的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one package per judge into</source>
        <translation>将每位评委的评分包写入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the judges&apos; packages…</source>
        <translation>正在写入评委评分包…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one Excel sheet per judge into</source>
        <translation>将每位评委的 Excel 评分表写入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the judges&apos; sheets…</source>
        <translation>正在写入评委评分表…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking and merging the return…</source>
        <translation>正在检查并合并回传文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rounds changed: the views now show the open round</source>
        <translation>轮次已更改：各视图现在显示进行中的轮次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About WeGO Awards</source>
        <translation>关于 WeGO Awards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported, with warnings</source>
        <translation>已导入，但有警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition files</source>
        <translation>赛事文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send your scores back</source>
        <translation>回传评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge packages</source>
        <translation>评委评分包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge a judge&apos;s return</source>
        <translation>合并评委回传文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not undone</source>
        <translation>未撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a table first (Applications, Judges, Categories, Criteria, Conflicts or Assignments).</source>
        <translation>请先显示一个表格（申报项目、评委、类别、评分标准、利益冲突或评审分配）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs an awards competition from applications to printed certificates: offline judging, judge-bias correction, tamper-evident results.</source>
        <translation>组织评奖活动，从申报项目到打印证书：离线评分、评委偏差校正、结果一经篡改即可察觉。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone: {what}</source>
        <translation>已撤销：{what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have scored {done} of your {total} applications completely. Send what you have now? (You can send the package again later; the latest one counts.)</source>
        <translation>在您的 {total} 个申报项目中，已完整评分 {done} 个。现在就回传已有的评分吗？（之后可以再次回传评分包，以最新一次为准。）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to send</source>
        <translation>可以发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages written</source>
        <translation>评分包已写入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return refused</source>
        <translation>回传文件被拒绝</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Return merged</source>
        <translation>回传文件已合并</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrote {n} rows to {file}</source>
        <translation>已将 {n} 行写入 {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this file to the secretariat (e-mail or a shared folder):

{file}

They merge it with Edition ▸ Merge a judge&apos;s return; it is checked to be yours and unaltered.</source>
        <translation>请将此文件发送给秘书处（通过电子邮件或共享文件夹）：

{file}

秘书处会通过“赛事 ▸ 合并评委回传文件”将其合并，并核验文件确为您所发且未被改动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} packages written to {folder}, each sealed with a passphrase of its own; the passphrases are in {sheet}. Send each judge their own file, and their passphrase apart from it (by phone or in person), then delete the sheet: the passphrases are kept nowhere else. The judges open the file in this app, score offline and send it back.</source>
        <translation>已将 {n} 个评委评分包写入 {folder}，每个评分包都用各自的口令短语封存；口令短语列在 {sheet} 中。请把各自的文件发给每位评委，并另行告知其口令短语（电话或当面），然后删除该表：口令短语不会保存在其他任何地方。评委在本应用中打开文件，离线评分后发回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} sheets written to {folder}</source>
        <translation>已将 {n} 张评分表写入 {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backed up to {file}</source>
        <translation>已备份到 {file}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/forms.py" line="-462"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum</source>
        <translation>最低分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>最高分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubric</source>
        <translation>评分细则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document (PDF)</source>
        <translation>文档 (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliation</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge</source>
        <translation>评委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>申报项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../ui/guide.py" line="+25"/>
        <source>WeGO Awards · User guide</source>
        <translation>WeGO Awards · 用户指南</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user guide is missing from this installation ({path}).</source>
        <translation>此安装中缺少用户指南（{path}）。</translation>
    </message>
</context>
<context>
    <name>Histogram</name>
    <message>
        <location filename="../../ui/charts.py" line="+117"/>
        <source>you</source>
        <translation>您</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the panel</source>
        <translation>全体评委</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No complete scores yet</source>
        <translation>尚无完整评分</translation>
    </message>
</context>
<context>
    <name>ImageChooser</name>
    <message>
        <location filename="../../ui/settings.py" line="+198"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out</source>
        <translation>不使用</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/importer.py" line="+45"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria and rubric</source>
        <translation>评分标准和评分细则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>申报项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges (with their conflicts)</source>
        <translation>评委（含利益冲突）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments</source>
        <translation>评审分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores (a file, or a judge&apos;s sheet)</source>
        <translation>评分（文件或评委评分表）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected from its header row</source>
        <translation>根据表头行自动识别</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+95"/>
        <source>Import a file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>A .csv or .xlsx file (or drop it here)</source>
        <translation>.csv 或 .xlsx 文件（或拖放到此处）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the file holds</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read from the file&apos;s header row; choose a kind only to make sure the file is what you expect (a file of another kind is refused)</source>
        <translation>根据文件的表头行识别；仅在需要确认文件类型符合预期时才选择类型（其他类型的文件将被拒绝）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>It &amp;holds</source>
        <translation>内容(&amp;H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a file: it is checked whole before anything is written.</source>
        <translation>请选择文件：写入任何内容之前，会先对整个文件进行检查。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Tables (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The edition is finalized: nothing can be imported until it is reopened (Results ▸ Reopen).</source>
        <translation>赛事结果已确定：重新开放之前无法导入任何内容（结果 ▸ 重新开放）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{kind} (read from its header row)</source>
        <translation>{kind}（根据表头行识别）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} added</source>
        <translation>新增 {n} 条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} changed</source>
        <translation>修改 {n} 条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} unchanged</source>
        <translation>未变 {n} 条</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} removed</source>
        <translation>删除 {n} 条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ {file} is fine. Importing it: {counts}. Nothing is written until you press Import.</source>
        <translation>✓ {file} 没有问题。导入后：{counts}。点击“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ {file} is fine, and the edition already holds exactly this ({n} {kind} unchanged): there is nothing to import.</source>
        <translation>✓ {file} 没有问题，且赛事中已有完全相同的内容（{kind} {n} 条未变）：没有需要导入的内容。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file} is an edition file or a judge&apos;s package, not a table. A judge&apos;s return is merged with Edition ▸ Merge a judge&apos;s return (or the button below).</source>
        <translation>{file} 是赛事文件或评委评分包，而不是表格。评委回传文件请通过“赛事 ▸ 合并评委回传文件”（或下方按钮）合并。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge as a judge&apos;s return…</source>
        <translation>作为评委回传文件合并…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✗ The file is refused whole ({n} problems; the first {shown} are listed): nothing will be written. Correct it and choose it again.</source>
        <translation>✗ 整个文件被拒绝（{n} 个问题；列出前 {shown} 个）：不会写入任何内容。请修正后重新选择。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ The file is refused whole ({n} problems): nothing will be written. Correct it and choose it again.</source>
        <translation>✗ 整个文件被拒绝（{n} 个问题）：不会写入任何内容。请修正后重新选择。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ The file is refused whole (1 problem): nothing will be written. Correct it and choose it again.</source>
        <translation>✗ 整个文件被拒绝（1 个问题）：不会写入任何内容。请修正后重新选择。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Importing {file}… (Cancel leaves the edition as it was)</source>
        <translation>正在导入 {file}…（取消则赛事保持原样）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>导入已取消：未写入任何内容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling… nothing will be written.</source>
        <translation>正在取消…不会写入任何内容。</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <location filename="../../ui/letters.py" line="+38"/>
        <source>Feedback letters</source>
        <translation>评审反馈函</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every applicant receives a letter: how far the application went, each criterion&apos;s average beside the category&apos;s spread, and the judges&apos; comments, signed Judge A, B, C, never with a name.</source>
        <translation>每个申报单位都会收到一封反馈函：申报项目进入了哪一轮、各项评分标准的平均分与该类别离散度的对照，以及评委意见（署名为评委 A、B、C，绝不显示姓名）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The application whose letter to preview</source>
        <translation>要预览反馈函的申报项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the figures and charts</source>
        <translation>显示数据和图表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Application</source>
        <translation>申报项目(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Write every letter…</source>
        <translation>写入全部反馈函(&amp;W)…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write the letters into</source>
        <translation>将反馈函写入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the feedback letters…</source>
        <translation>正在写入评审反馈函…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters written</source>
        <translation>反馈函已写入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} letters written to {folder}, one PDF per application.</source>
        <translation>已将 {n} 封反馈函写入 {folder}，每个申报项目一个 PDF。</translation>
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
        <translation>视图</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+635"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location line="-553"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New edition…</source>
        <translation>新建赛事(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open edition or judge&apos;s package…</source>
        <translation>打开赛事文件或评委评分包(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the &amp;demo</source>
        <translation>试用演示(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import a file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a CSV or Excel file, checked first</source>
        <translation>导入 CSV 或 Excel 文件（先行检查）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories…</source>
        <translation>类别…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criteria…</source>
        <translation>评分标准…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications…</source>
        <translation>申报项目…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Judges…</source>
        <translation>评委…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments…</source>
        <translation>评审分配…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores…</source>
        <translation>评分…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Backup…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send my scores back…</source>
        <translation>回传我的评分(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the file to send to the secretariat</source>
        <translation>保存要发送给秘书处的文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close edition</source>
        <translation>关闭赛事(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;dit</source>
        <translation>编辑(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+514"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="-510"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a record to the table on screen</source>
        <translation>向当前显示的表格添加记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected record</source>
        <translation>编辑所选记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected record (asks first)</source>
        <translation>删除所选记录（先确认）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Editio&amp;n</source>
        <translation>赛事(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition, the award rules, the method and the certificate&apos;s design</source>
        <translation>赛事信息、评奖规则、计算方法和证书设计</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rounds…</source>
        <translation>评审轮次(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rounds of judging: add one, or advance to the next with the cut shown first</source>
        <translation>评审轮次：添加轮次，或先查看晋级线再进入下一轮</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assign judges automatically…</source>
        <translation>自动分配评委(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Declare a conflict…</source>
        <translation>声明利益冲突(&amp;D)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export judge &amp;packages…</source>
        <translation>导出评委评分包(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file per judge to score offline in this app</source>
        <translation>每位评委一个文件，可在本应用中离线评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export judges&apos; Excel &amp;sheets…</source>
        <translation>导出评委 Excel 评分表(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge a judge&apos;s return…</source>
        <translation>合并评委回传文件(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a package or sheet a judge sent back (checked first)</source>
        <translation>合并评委回传的评分包或评分表（先行检查）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Results</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compute</source>
        <translation>计算(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jury&apos;s decision…</source>
        <translation>评审团决定(&amp;J)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear a decision…</source>
        <translation>撤销决定(&amp;L)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Finalize…</source>
        <translation>确定最终结果(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reopen…</source>
        <translation>重新开放(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export results…</source>
        <translation>导出结果(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the &amp;report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;certificates…</source>
        <translation>导出证书(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback &amp;letters…</source>
        <translation>评审反馈函(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A letter for every applicant: preview one, write them all</source>
        <translation>为每个申报单位生成反馈函：预览一封，或全部写入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About WeGO Awards</source>
        <translation>关于 WeGO Awards(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>WeGO Awards is in {language}.</source>
        <translation>WeGO Awards 当前使用{language}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeGO Awards will be in {language} the next time it starts.</source>
        <translation>WeGO Awards 下次启动时将使用{language}。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open a judge&apos;s package</source>
        <translation>打开评委评分包</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open an edition</source>
        <translation>打开赛事文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening {file}…</source>
        <translation>正在打开 {file}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} is a judge&apos;s sealed package. Type its passphrase: the words the secretariat gave you with the file (capitals and spaces do not matter).</source>
        <translation>{file} 是一个已加密封存的评委评分包。请输入其口令短语：秘书处随文件给您的几个单词（大小写和空格不影响）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That passphrase does not open {file}. Check the words and type it again.</source>
        <translation>该口令短语无法打开 {file}。请核对单词后重新输入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>口令短语</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Building the demo edition (a few seconds, only the first time)…</source>
        <translation>正在创建演示赛事（仅首次需要几秒钟）…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} exists already; choose a new file for a new edition</source>
        <translation>{path} 已存在；请为新赛事选择一个新文件</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} could not be opened: {error}</source>
        <translation>无法打开 {file}：{error}</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>{file}: open or create an edition first; then drop the file again to import it.</source>
        <translation>{file}：请先打开或新建赛事，然后再次拖放该文件以导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} was not imported: a judge&apos;s package takes scores only from this window.</source>
        <translation>未导入 {file}：评委评分包只接受在此窗口中给出的评分。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A judge&apos;s package or an edition</source>
        <translation>评委评分包或赛事文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is an edition file or a judge&apos;s package.

Merge it into {edition} as a judge&apos;s return (it is checked first), or open it in place of this edition?</source>
        <translation>{file} 是赛事文件或评委评分包。

要将其作为评委回传文件合并到 {edition}（会先行检查），还是打开它以替换当前赛事？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge as a return</source>
        <translation>作为回传文件合并</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>finalized</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>judge {judge}&apos;s package</source>
        <translation>评委 {judge} 的评分包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>judge {judge}</source>
        <translation>评委 {judge}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>round {code} ({name}), {n} of {total}</source>
        <translation>轮次 {code}（{name}），第 {n} 轮，共 {total} 轮</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 application</source>
        <translation>1 个申报项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} applications</source>
        <translation>{n} 个申报项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 judge</source>
        <translation>1 位评委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} judges</source>
        <translation>{n} 位评委</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open or create an edition first</source>
        <translation>请先打开或新建赛事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition is finalized: reopen it first (Results ▸ Reopen…)</source>
        <translation>赛事结果已确定：请先重新开放（结果 ▸ 重新开放…）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No edition is open</source>
        <translation>没有打开的赛事</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The results are not finalized</source>
        <translation>结果尚未确定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a table first (Applications, Judges, Categories, Criteria, Conflicts or Assignments)</source>
        <translation>请先显示一个表格（申报项目、评委、类别、评分标准、利益冲突或评审分配）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Undo {what}</source>
        <translation>撤销(&amp;U)：{what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to undo yet</source>
        <translation>暂无可撤销的操作</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No edition or package was opened recently</source>
        <translation>最近没有打开过赛事或评分包</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="+27"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；未做任何更改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>NewEditionDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+120"/>
        <source>New edition</source>
        <translation>新建赛事</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 5th WeGO Awards</source>
        <translation>例如：第五届 WeGO 奖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition name</source>
        <translation>赛事名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who gives the awards, e.g. World Smart Sustainable Cities Organization</source>
        <translation>颁奖机构，例如：世界智慧可持续城市组织</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on the certificates and the report</source>
        <translation>将印在证书和报告上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeGO&apos;s six smart-city categories</source>
        <translation>WeGO 的六个智慧城市类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with WeGO&apos;s six smart-city categories</source>
        <translation>使用 WeGO 的六个智慧城市类别开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My own (import a categories file next, or add them one by one)</source>
        <translation>自定义（接下来导入类别文件，或逐个添加）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with my own categories</source>
        <translation>使用自定义类别开始</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File of the new edition</source>
        <translation>新赛事文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file of the new edition</source>
        <translation>选择新赛事文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>机构(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The edition starts with the six WeGO categories; import criteria, applications and judges next (File ▸ Import, or drop the files on the window).</source>
        <translation>赛事将以 WeGO 的六个类别开始；接下来请导入评分标准、申报项目和评委（文件 ▸ 导入，或将文件拖放到窗口上）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The edition starts with no categories: import a categories file first (File ▸ Import), or add them one by one; then criteria, applications and judges.</source>
        <translation>赛事开始时没有类别：请先导入类别文件（文件 ▸ 导入）或逐个添加；然后是评分标准、申报项目和评委。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file for the new edition</source>
        <translation>新赛事的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edition files</source>
        <translation>赛事文件</translation>
    </message>
</context>
<context>
    <name>OffsetChart</name>
    <message>
        <location filename="../../ui/charts.py" line="+76"/>
        <source>more lenient</source>
        <translation>更宽松</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-160"/>
        <source>Jury&apos;s decision in {category}</source>
        <translation>{category}的评审团决定</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Required: why the jury decided so (kept in the history and printed in the report)</source>
        <translation>必填：评审团作出此决定的原因（记入历史记录并印在报告中）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The computed award is replaced by the jury&apos;s decision. A reason is required.</source>
        <translation>计算得出的奖项将由评审团决定取代。必须填写原因。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Award</source>
        <translation>奖项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>申报项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the decision</source>
        <translation>记录决定</translation>
    </message>
</context>
<context>
    <name>ProgressBars</name>
    <message>
        <location filename="../../ui/charts.py" line="-121"/>
        <source>scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>partly scored</source>
        <translation>部分评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to do</source>
        <translation>待评</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../ui/progress.py" line="+49"/>
        <source>Judges: applications scored of those assigned</source>
        <translation>评委：已分配申报项目中已评分的数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories: judge-application pairs scored</source>
        <translation>类别：已评分的评委-申报项目组合</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judges&apos; progress</source>
        <translation>评委进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories&apos; progress</source>
        <translation>类别进度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judge</source>
        <translation>评委</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly scored</source>
        <translation>部分评分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missing</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whom to remind</source>
        <translation>需提醒的评委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whom to remind (most missing first)</source>
        <translation>需提醒的评委（未评最多者在前）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a judge&apos;s return…</source>
        <translation>合并评委回传文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A package or filled sheet a judge sent back: checked first, then merged (Ctrl+Shift+I)</source>
        <translation>评委回传的评分包或已填写的评分表：先行检查，然后合并（Ctrl+Shift+I）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy their e-mail addresses</source>
        <translation>复制其电子邮箱地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The addresses of the judges still scoring, for your mail program</source>
        <translation>仍在评分的评委的邮箱地址，供您的邮件程序使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to them…</source>
        <translation>给他们写信…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reminder in your mail program, to the judges still scoring</source>
        <translation>在您的邮件程序中给仍在评分的评委发送提醒</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading the progress…</source>
        <translation>正在读取进度…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{figures} · updating…</source>
        <translation>{figures} · 正在更新…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>finalized</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open for scoring</source>
        <translation>评分进行中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{scored} of {assigned} judge-application pairs scored ({percent}%) · {applications} applications, {judges} judges, {criteria} criteria · {scores} scores · {state}</source>
        <translation>{assigned} 个评委-申报项目组合中已评 {scored} 个（{percent}%）· {applications} 个申报项目，{judges} 位评委，{criteria} 项评分标准 · {scores} 个分数 · {state}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{judge} ({n} to go)</source>
        <translation>{judge}（剩余 {n} 个）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still scoring: {names} and {n} more.</source>
        <translation>仍在评分：{names} 等，另有 {n} 位。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still scoring: {names}.</source>
        <translation>仍在评分：{names}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every judge has scored every application assigned to them.</source>
        <translation>所有评委均已完成分配给他们的全部申报项目的评分。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No judge with work left has an e-mail address</source>
        <translation>尚有未完成工作的评委均没有电子邮箱地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every judge is done</source>
        <translation>所有评委均已完成</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail addresses copied: {n}.</source>
        <translation>已复制电子邮箱地址：{n} 个。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No mail program could be opened here; the addresses were copied instead.</source>
        <translation>无法在此打开邮件程序；已改为复制邮箱地址。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-53"/>
        <source>The reason, as it will stand in the history</source>
        <translation>原因（将按此记入历史记录）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="-31"/>
        <source>Add a category</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit category {key}</source>
        <translation>编辑类别 {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a criterion</source>
        <translation>添加评分标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit criterion {key}</source>
        <translation>编辑评分标准 {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an application</source>
        <translation>添加申报项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit application {key}</source>
        <translation>编辑申报项目 {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a judge</source>
        <translation>添加评委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit judge {key}</source>
        <translation>编辑评委 {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a conflict</source>
        <translation>添加利益冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit conflict {key}</source>
        <translation>编辑利益冲突 {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an assignment</source>
        <translation>添加评审分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit assignment {key}</source>
        <translation>编辑评审分配 {key}</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Fields marked * are required. Nothing is written until you press Save; the same rules as the imports apply.</source>
        <translation>标有 * 的字段为必填项。点击“保存”之前不会写入任何内容；适用与导入相同的规则。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record&apos;s fields</source>
        <translation>记录字段</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{n} problems, shown beside their fields; nothing was written.</source>
        <translation>{n} 个问题，已在相应字段旁显示；未写入任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 problem, shown beside its field; nothing was written.</source>
        <translation>1 个问题，已在相应字段旁显示；未写入任何内容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save this change?</source>
        <translation>保存此更改吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/tr_catalog.py" line="+4"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>

You can take it back with Edit ▸ Undo.</source>
        <translation>

可以通过“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go ahead</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {key}?</source>
        <translation>删除 {key}？</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/results.py" line="-97"/>
        <source>Judge-effect model (default)</source>
        <translation>评委效应模型（默认）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain mean</source>
        <translation>简单平均</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standardised (z-score)</source>
        <translation>标准化（z 分数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trimmed mean</source>
        <translation>截尾平均</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+169"/>
        <source>Application</source>
        <translation>申报项目</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+168"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+166"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw mean</source>
        <translation>原始平均分</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+206"/>
        <source>Judges</source>
        <translation>评委</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>SE</source>
        <translation>标准误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award</source>
        <translation>奖项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge</source>
        <translation>评委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offset</source>
        <translation>偏差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread</source>
        <translation>离散度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlier</source>
        <translation>异常值</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+31"/>
        <source>Method</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+4"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute the results again (F5)</source>
        <translation>重新计算结果（F5）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jury&apos;s decision…</source>
        <translation>评审团决定…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear a decision…</source>
        <translation>撤销决定…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalize…</source>
        <translation>确定最终结果…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen…</source>
        <translation>重新开放…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share passing</source>
        <translation>通过比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The screeners&apos; votes</source>
        <translation>初审评委的投票</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scores with their 95% intervals (the leading applications)</source>
        <translation>得分及其 95% 区间（排名靠前的申报项目）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Judges&apos; offsets (removed by the judge-effect model)</source>
        <translation>评委偏差（由评委效应模型消除）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Judges&apos; statistics</source>
        <translation>评委统计</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awards by category</source>
        <translation>各类别奖项</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computing the results…</source>
        <translation>正在计算结果…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Round {code} ({name}) is a qualifying round: its results are the screeners&apos; votes.</source>
        <translation>轮次 {code}（{name}）为资格审查轮次：其结果即初审评委的投票。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Finalized</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the results are locked</source>
        <translation>结果已锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not finalized</source>
        <translation>未定稿</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>judges&apos; agreement (ICC) {raw} raw, {adjusted} adjusted</source>
        <translation>评委一致性 (ICC)：原始 {raw}，调整后 {adjusted}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>judges&apos; agreement (ICC) {raw} raw</source>
        <translation>评委一致性 (ICC)：原始 {raw}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} judge-application pairs are partly scored and not counted.</source>
        <translation>有 {n} 个评委-申报项目组合仅部分评分，未计入统计。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>estimated from the scores</source>
        <translation>根据评分估计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed</source>
        <translation>固定值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated from the scores: judges&apos; leniency spread (sd) {offset}, noise {noise}, quality {quality}; shrinkage {shrinkage} ({how}).</source>
        <translation>根据评分估计：评委宽严离散度（标准差）{offset}，噪声 {noise}，质量 {quality}；收缩系数 {shrinkage}（{how}）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>For the jury:</source>
        <translation>提请评审团注意：</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No decision to clear</source>
        <translation>没有可撤销的决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The jury has made no decision in {category}.</source>
        <translation>评审团尚未就{category}作出任何决定。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear a decision</source>
        <translation>撤销决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which decision in {category}?</source>
        <translation>撤销{category}中的哪项决定？</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the results before finalizing…</source>
        <translation>确定最终结果前正在检查结果…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Not finalized</source>
        <translation>未定稿</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Not finalized yet</source>
        <translation>尚不能定稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The results cannot be finalized while an exact tie at an award boundary has no jury decision:</source>
        <translation>奖项分界处存在完全并列且评审团尚未作出决定时，无法确定最终结果：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the jury&apos;s decision first (Jury&apos;s decision…).</source>
        <translation>请先记录评审团决定（评审团决定…）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalizing locks the results: no score, application or rule can change until the edition is reopened (with a reason). Certificates then carry no DRAFT mark.</source>
        <translation>确定最终结果后，结果将被锁定：在赛事（注明原因）重新开放之前，任何评分、申报项目或规则都不能更改。此后证书将不再带有 DRAFT（草稿）标记。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} awards, method {method}.</source>
        <translation>{n} 个奖项，计算方法：{method}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before you finalize, the jury should have looked at these {n}:</source>
        <translation>确定最终结果之前，评审团应已审议以下 {n} 项：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and {n} more</source>
        <translation>… 另有 {n} 项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalize the results</source>
        <translation>确定最终结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finalize</source>
        <translation>确定最终结果</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reopen the results</source>
        <translation>重新开放结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopening unlocks scores, applications and rules. Why?</source>
        <translation>重新开放将解除评分、申报项目和规则的锁定。原因是什么？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>重新开放</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not reopened</source>
        <translation>未重新开放</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The results were written to {file}.</source>
        <translation>结果已写入 {file}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <location filename="../../ui/tr_catalog.py" line="+1"/>
        <source>The scores alone would not have ranked it (it is not fully scored).</source>
        <translation>仅凭评分无法为其排名（尚未完成全部评分）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By the scores alone it ranked {rank} ({score}), {gap} below the {place} place this award stands for.</source>
        <translation>仅凭评分，它排在{rank}（{score}），比该奖项所对应的{place}低 {gap} 分。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By the scores alone it ranked {rank} ({score}), {gap} above the {place} place this award stands for.</source>
        <translation>仅凭评分，它排在{rank}（{score}），比该奖项所对应的{place}高 {gap} 分。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By the scores alone it ranked {rank} ({score}).</source>
        <translation>仅凭评分，它排在{rank}（{score}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no. {n}</source>
        <translation>第 {n} 名</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <location line="+1"/>
        <source>qualifying</source>
        <translation>资格审查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>待进行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kind of round</source>
        <translation>轮次类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring: judges score the criteria</source>
        <translation>评分：评委按评分标准打分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualifying: screeners say pass or fail</source>
        <translation>资格审查：初审评委判定通过或不通过</translation>
    </message>
</context>
<context>
    <name>RoundsDialog</name>
    <message>
        <location filename="../../ui/rounds.py" line="-154"/>
        <source>Rounds of judging</source>
        <translation>评审轮次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each round has its own criteria, assignments, packages and scores; the open round is the one judged now. The awards come from the last round.</source>
        <translation>每一轮都有各自的评分标准、评审分配、评分包和分数；进行中的轮次即当前正在评审的轮次。奖项由最后一轮决定。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rounds</source>
        <translation>轮次列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>申报项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criteria</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add a round…</source>
        <translation>添加轮次(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit the round…</source>
        <translation>编辑轮次(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the selected round, or change its kind while nothing is scored in it</source>
        <translation>重命名所选轮次，或在其尚无任何评分时更改其类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ad&amp;vance to the next round…</source>
        <translation>进入下一轮(&amp;V)…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the previous round&apos;s, when it opens</source>
        <translation>开启时沿用上一轮的评分标准</translation>
    </message>
</context>
<context>
    <name>ScoreForm</name>
    <message>
        <location filename="../../ui/scoreform.py" line="+72"/>
        <source>Your comment</source>
        <translation>您的意见</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+35"/>
        <source>✓ saved</source>
        <translation>✓ 已保存</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cleared</source>
        <translation>已清除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{done} of {n} criteria scored</source>
        <translation>{n} 项评分标准中已评 {done} 项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All {n} criteria scored · weighted total {total} / 10</source>
        <translation>全部 {n} 项评分标准已评 · 加权总分 {total} / 10</translation>
    </message>
</context>
<context>
    <name>ScoreScale</name>
    <message>
        <location filename="../../ui/scorescale.py" line="+47"/>
        <source>Type a score (digits, &apos;.&apos; for a half), or use the arrow keys; Delete clears it; Tab goes to the next criterion</source>
        <translation>输入分数（数字，&apos;.&apos; 表示半分），或使用方向键；Delete 清除分数；Tab 转到下一项评分标准</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>&apos;{text}&apos; is not a score</source>
        <translation>“{text}”不是有效分数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} is above the highest score, {limit}: not taken</source>
        <translation>{text} 高于最高分 {limit}：未采用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} is below the lowest score, {limit}: not taken</source>
        <translation>{text} 低于最低分 {limit}：未采用</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../../ui/scoring.py" line="+85"/>
        <source>Scoring as</source>
        <translation>评分身份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring as judge</source>
        <translation>以评委身份评分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%v of %m applications scored</source>
        <translation>已评 %v / %m 个申报项目</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send my scores back…</source>
        <translation>回传我的评分…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the signed file to send to the secretariat (Ctrl+Shift+S)</source>
        <translation>保存要发送给秘书处的已签名文件（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your applications</source>
        <translation>您的申报项目</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+459"/>
        <source>Your totals beside the panel&apos;s</source>
        <translation>您的总分与全体评委对比</translation>
    </message>
    <message>
        <location line="-458"/>
        <source>Weighted totals (0 to 10) of the applications you have scored completely, beside the whole panel&apos;s (anonymous)</source>
        <translation>您已完整评分的申报项目的加权总分（0 至 10），与全体评委（匿名）对比</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Summary of the application</source>
        <translation>申报项目摘要</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have a conflict with this application…</source>
        <translation>我与此申报项目存在利益冲突…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare a conflict of interest: you will not see or score this application again</source>
        <translation>声明利益冲突：您将不会再看到此申报项目，也不会为其评分</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The scoring form</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Digits or arrows score · Tab next criterion · Ctrl+Enter or PgDown next application · PgUp previous</source>
        <translation>数字或方向键评分 · Tab 下一项评分标准 · Ctrl+Enter 或 PgDown 下一个申报项目 · PgUp 上一个</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the judge you are scoring as, above.</source>
        <translation>请在上方选择您的评委身份。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The results of this edition are finalized: scores are locked and shown read-only.</source>
        <translation>本届赛事结果已确定：评分已锁定，仅供查看。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a judge…</source>
        <translation>选择评委…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the judge you are scoring as, above. They see only the applications assigned to them, never one they have a conflict with.</source>
        <translation>请在上方选择您的评委身份。评委只能看到分配给自己的申报项目，与其存在利益冲突的项目永远不会显示。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Your applications, judge {judge}</source>
        <translation>评委 {judge} 的申报项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge {judge} has no applications to score.</source>
        <translation>评委 {judge} 没有需要评分的申报项目。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No summary was given with this application.</source>
        <translation>此申报项目未提供摘要。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Declare a conflict</source>
        <translation>声明利益冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will not see or score {application} again, and the secretariat will know why. The {n} scores you gave it will be cleared. What is the conflict?</source>
        <translation>您将不会再看到 {application}，也不会为其评分，秘书处会知悉原因。您已给出的 {n} 个分数将被清除。是什么利益冲突？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You will not see or score {application} again, and the secretariat will know why. What is the conflict?</source>
        <translation>您将不会再看到 {application}，也不会为其评分，秘书处会知悉原因。是什么利益冲突？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declare</source>
        <translation>声明</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>score of {application}, {criterion}</source>
        <translation>{application} 的 {criterion} 得分</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your comment will be saved with your first score of this application.</source>
        <translation>您的意见将在您为此申报项目给出第一个分数时一并保存。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ All changes saved ({time})</source>
        <translation>✓ 所有更改已保存（{time}）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your totals</source>
        <translation>您的总分</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings.py" line="+106"/>
        <source>Edition settings</source>
        <translation>赛事设置</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edition</source>
        <translation>赛事(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Awards and method</source>
        <translation>奖项与计算方法(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificate</source>
        <translation>证书(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the settings…</source>
        <translation>正在加载设置…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply every change on every page</source>
        <translation>应用所有页面上的全部更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without saving</source>
        <translation>关闭且不保存</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edition name</source>
        <translation>赛事名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed on the certificates and the report</source>
        <translation>将印在证书和报告上</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. World Smart Sustainable Cities Organization</source>
        <translation>例如：世界智慧可持续城市组织</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who gives the awards; printed on the certificates and the report</source>
        <translation>颁奖机构；将印在证书和报告上</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ceremony date</source>
        <translation>颁奖典礼日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceremony date not set</source>
        <translation>未设置颁奖典礼日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a date the certificates carry the day the results are finalized</source>
        <translation>未设置日期时，证书上印结果确定之日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Seoul</source>
        <translation>例如：首尔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceremony place</source>
        <translation>颁奖典礼地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the awards are handed out; the certificate&apos;s wording can print it as {ceremony_place}</source>
        <translation>颁奖地点；证书文字中可用 {ceremony_place} 印出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate language</source>
        <translation>证书语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the certificates&apos; wording, award names and date; two print side by side. A template can word each language its own way.</source>
        <translation>证书上的文字、奖项名称和日期所用的语言；选择两种时并排印出。模板可为每种语言单独设定措辞。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>机构(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceremony &amp;date</source>
        <translation>颁奖典礼日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ceremony &amp;place</source>
        <translation>颁奖典礼地点(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate &amp;language</source>
        <translation>证书语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name, year and organisation head every certificate and the report. Without a ceremony date the certificates carry the day the results are finalized. The place is printed where the certificate&apos;s wording says {ceremony_place} (see the Certificate page, e.g. the date line).</source>
        <translation>名称、年份和机构将印在每张证书和报告的抬头。未设置颁奖典礼日期时，证书上印结果确定之日。地点印在证书文字中 {ceremony_place} 所在的位置（参见“证书”页，例如日期行）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Awards per category</source>
        <translation>每个类别的奖项数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> per category</source>
        <translation> 个（每个类别）</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+41"/>
        <source>Method</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>How the judges&apos; scores become each application&apos;s score</source>
        <translation>由评委评分得出各申报项目得分的方法</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shrinkage of judge offsets</source>
        <translation>评委偏差收缩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How strongly each judge&apos;s leniency is pulled towards zero (judge-effect model)</source>
        <translation>将每位评委的宽严偏差向零收缩的强度（评委效应模型）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate from the scores (recommended)</source>
        <translation>根据评分估计（推荐）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimate the shrinkage from the scores</source>
        <translation>根据评分估计收缩系数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The noise variance over the judges&apos; offset variance, estimated from this edition&apos;s scores; untick to fix a number</source>
        <translation>噪声方差与评委偏差方差之比，根据本届赛事的评分估计；取消勾选可设定固定数值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minimum score for an award</source>
        <translation>获奖最低分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An award tier stays empty below this score; &apos;none&apos; for no minimum</source>
        <translation>低于此分数时该奖项等级空缺；填 &apos;none&apos; 表示不设最低分</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Near tie below</source>
        <translation>接近并列阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two applications closer than this at an award boundary are flagged for the jury</source>
        <translation>奖项分界处两个申报项目的分差小于此值时，提请评审团注意</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low confidence below</source>
        <translation>低置信度阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An award whose confidence is below this is flagged for the jury</source>
        <translation>置信度低于此值的奖项将提请评审团注意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No judge scores an application from their own country</source>
        <translation>评委不为本国申报项目评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own-country rule</source>
        <translation>本国回避规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A judge from the applicant&apos;s country counts as conflicted</source>
        <translation>与申报单位同一国家的评委视为存在利益冲突</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Shrinkage of judge offsets</source>
        <translation>评委偏差收缩(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum score for an a&amp;ward</source>
        <translation>获奖最低分(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near &amp;tie below</source>
        <translation>接近并列阈值(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Low confidence below</source>
        <translation>低置信度阈值(&amp;L)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signatories (one to three)</source>
        <translation>签署人（一至三人）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Add a signatory</source>
        <translation>添加签署人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wording</source>
        <translation>证书文字</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Placeholders filled in on each certificate: {organisation} {edition} {year} {award} {category} {city} {country} {title} {application} {date} {ceremony_place} {code}. Write {{ or }} for a brace.</source>
        <translation>每张证书上会填入的占位符：{organisation} {edition} {year} {award} {category} {city} {country} {title} {application} {date} {ceremony_place} {code}。如需输入花括号，请写 {{ 或 }}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Award names</source>
        <translation>奖项名称</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview status</source>
        <translation>预览状态</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Certificate preview</source>
        <translation>证书预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the edition&apos;s certificates drawn with the design as it is now, before saving</source>
        <translation>保存之前，按当前设计绘制的本届赛事证书之一</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The preview needs Qt&apos;s PDF module (PySide6-Addons).</source>
        <translation>预览需要 Qt 的 PDF 模块（PySide6-Addons）。</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The results are finalized, so the settings are locked. Reopen the results first (Results ▸ Reopen…) to change them.</source>
        <translation>结果已确定，因此设置已锁定。如需更改，请先重新开放结果（结果 ▸ 重新开放…）。</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Drawing the preview…</source>
        <translation>正在绘制预览…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>One of the edition&apos;s certificates, as it is printed now.</source>
        <translation>本届赛事证书之一，按当前打印效果显示。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the edition&apos;s certificates, drawn as the fields are now; nothing is saved until you press Save.</source>
        <translation>本届赛事证书之一，按当前填写内容绘制；点击“保存”之前不会保存任何内容。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A folder for the edition&apos;s certificate template</source>
        <translation>用于存放赛事证书模板的文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
</context>
<context>
    <name>SignatoryBox</name>
    <message>
        <location line="-681"/>
        <source>e.g. Secretary General</source>
        <translation>例如：秘书长</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../ui/tables.py" line="+60"/>
        <source>No applications yet.

Import them with File ▸ Import a file, or drop applications.csv (or .xlsx) on this window.</source>
        <translation>尚无申报项目。

请通过“文件 ▸ 导入文件”导入，或将 applications.csv（或 .xlsx）拖放到此窗口上。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No judges yet.

Import them with File ▸ Import a file (judges.csv, with their conflicts).</source>
        <translation>尚无评委。

请通过“文件 ▸ 导入文件”导入（judges.csv，含利益冲突）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts declared.

They come with the judges file (its conflicts column), from the judges&apos; packages, or from Edition ▸ Declare a conflict (or the Add… button above).</source>
        <translation>尚未声明任何利益冲突。

利益冲突来自评委文件（其利益冲突列）、评委评分包，或“赛事 ▸ 声明利益冲突”（或上方的“添加…”按钮）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No categories yet.

Add them one by one with Add… above, or import categories.csv (code, name, description).</source>
        <translation>尚无类别。

请用上方的“添加…”逐个添加，或导入 categories.csv（code、name、description）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No criteria yet.

Add them one by one with Add… above (with the rubric a judge sees), or import criteria.csv.</source>
        <translation>尚无评分标准。

请用上方的“添加…”逐个添加（连同评委看到的评分细则），或导入 criteria.csv。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No assignments: every judge scores every application they have no conflict with.

To share the work out, use Edition ▸ Assign judges automatically, or import an assignments file.</source>
        <translation>没有评审分配：每位评委为所有与其无利益冲突的申报项目评分。

如需分担工作，请使用“赛事 ▸ 自动分配评委”，或导入评审分配文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add an application…</source>
        <translation>添加申报项目…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this application…</source>
        <translation>编辑此申报项目…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this application…</source>
        <translation>删除此申报项目…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an application first.</source>
        <translation>请先选择一个申报项目。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 application</source>
        <translation>1 个申报项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} applications</source>
        <translation>{n} 个申报项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} applications</source>
        <translation>{total} 个申报项目中的 {n} 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a judge…</source>
        <translation>添加评委…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this judge…</source>
        <translation>编辑此评委…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this judge…</source>
        <translation>删除此评委…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a judge first.</source>
        <translation>请先选择一位评委。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 judge</source>
        <translation>1 位评委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} judges</source>
        <translation>{n} 位评委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} judges</source>
        <translation>{total} 位评委中的 {n} 位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a conflict…</source>
        <translation>添加利益冲突…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this conflict…</source>
        <translation>编辑此利益冲突…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this conflict…</source>
        <translation>删除此利益冲突…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a conflict first.</source>
        <translation>请先选择一项利益冲突。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 conflict</source>
        <translation>1 项利益冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} conflicts</source>
        <translation>{n} 项利益冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} conflicts</source>
        <translation>{total} 项利益冲突中的 {n} 项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an assignment…</source>
        <translation>添加评审分配…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this assignment…</source>
        <translation>编辑此评审分配…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this assignment…</source>
        <translation>删除此评审分配…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an assignment first.</source>
        <translation>请先选择一项评审分配。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 assignment</source>
        <translation>1 项评审分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} assignments</source>
        <translation>{n} 项评审分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} assignments</source>
        <translation>{total} 项评审分配中的 {n} 项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a category…</source>
        <translation>添加类别…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this category…</source>
        <translation>编辑此类别…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this category…</source>
        <translation>删除此类别…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a category first.</source>
        <translation>请先选择一个类别。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 category</source>
        <translation>1 个类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} categories</source>
        <translation>{n} 个类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} categories</source>
        <translation>{total} 个类别中的 {n} 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a criterion…</source>
        <translation>添加评分标准…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this criterion…</source>
        <translation>编辑此评分标准…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this criterion…</source>
        <translation>删除此评分标准…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a criterion first.</source>
        <translation>请先选择一项评分标准。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 criterion</source>
        <translation>1 项评分标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} criteria</source>
        <translation>{n} 项评分标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} criteria</source>
        <translation>{total} 项评分标准中的 {n} 项</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filter the table</source>
        <translation>筛选表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter: type words found in any column (e.g. &apos;seoul mobility&apos;)</source>
        <translation>筛选：输入任意列中出现的词语（例如 &apos;seoul mobility&apos;）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Add a record (Insert)</source>
        <translation>添加记录（Insert）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected record (Enter)</source>
        <translation>编辑所选记录（Enter）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected record (Delete); says first what goes with it</source>
        <translation>删除所选记录（Delete）；会先说明哪些相关内容将一并删除</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The selected record</source>
        <translation>所选记录</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Their totals beside the panel&apos;s</source>
        <translation>该评委的总分与全体评委对比</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The edition is finalized: reopen it first (Results ▸ Reopen…)</source>
        <translation>赛事结果已确定：请先重新开放（结果 ▸ 重新开放…）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The edition is finalized: nothing can change until it is reopened (Results ▸ Reopen…).</source>
        <translation>赛事结果已确定：重新开放之前不能更改任何内容（结果 ▸ 重新开放…）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Conflicts and assignments are added or deleted, not edited.</source>
        <translation>利益冲突和评审分配只能添加或删除，不能编辑。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Declare a conflict…</source>
        <translation>声明利益冲突…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>this judge</source>
        <translation>此评委</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Conflicts&lt;/b&gt; (never shown these):</source>
        <translation>&lt;b&gt;利益冲突&lt;/b&gt;（以下项目永不显示）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts declared.</source>
        <translation>尚未声明任何利益冲突。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{scored}&lt;/b&gt; of {total} applications scored, {partial} partly</source>
        <translation>{total} 个申报项目中已评 &lt;b&gt;{scored}&lt;/b&gt; 个，部分评分 {partial} 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{scored}&lt;/b&gt; of {total} applications scored</source>
        <translation>{total} 个申报项目中已评 &lt;b&gt;{scored}&lt;/b&gt; 个</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a judge to see it here.</source>
        <translation>选择一位评委即可在此查看。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an application to see it here.</source>
        <translation>选择一个申报项目即可在此查看。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document: {file}</source>
        <translation>文档：{file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No document attached.</source>
        <translation>没有附带文档。</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="-776"/>
        <source>Applications</source>
        <translation>申报项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges</source>
        <translation>评委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>利益冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments</source>
        <translation>评审分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates</source>
        <translation>证书</translation>
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
        <translation>组织评奖活动：申报项目、评委评分、奖项与证书。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open an edition…</source>
        <translation>打开赛事文件…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The secretariat&apos;s file of a competition (.db).</source>
        <translation>秘书处的赛事文件（.db）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a judge&apos;s package…</source>
        <translation>打开评委评分包…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The file the secretariat sent you to score applications, even offline.</source>
        <translation>秘书处发给您用于评分的文件，离线也可评分。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new edition…</source>
        <translation>新建赛事…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a competition: name and year; then import criteria, applications and judges.</source>
        <translation>开始一届赛事：填写名称和年份，然后导入评分标准、申报项目和评委。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The 4th WeGO Awards (2020): 52 applications, 6 judges, ready to explore.</source>
        <translation>第四届 WeGO 奖（2020）：52 个申报项目，6 位评委，可直接体验。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Recently opened</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the user guide (F1)</source>
        <translation>阅读用户指南（F1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secretariat&apos;s edition step by step, and the judge&apos;s evening</source>
        <translation>秘书处组织赛事的分步说明，以及评委的评分指南</translation>
    </message>
</context>
<context>
    <name>WorkloadModel</name>
    <message>
        <location filename="../../ui/workload.py" line="+43"/>
        <source>Application</source>
        <translation>申报项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>{done} of {n}</source>
        <translation>{done}/{n}</translation>
    </message>
</context>
<context>
    <name>_PdfField</name>
    <message>
        <location filename="../../ui/forms.py" line="+17"/>
        <source>A PDF file (leave empty to keep the current one)</source>
        <translation>PDF 文件（留空则保留当前文件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application&apos;s PDF document</source>
        <translation>申报项目的 PDF 文档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the PDF document</source>
        <translation>选择 PDF 文档</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now: {file}</source>
        <translation>当前：{file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No document attached yet.</source>
        <translation>尚未附带文档。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application&apos;s document</source>
        <translation>申报项目文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF 文档 (*.pdf);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>_Picker</name>
    <message>
        <location line="-271"/>
        <source>Type to find the judge…</source>
        <translation>输入以查找评委…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find the application…</source>
        <translation>输入以查找申报项目…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find the category…</source>
        <translation>输入以查找类别…</translation>
    </message>
</context>
</TS>
