<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AddRoundDialog</name>
    <message>
        <location filename="../../ui/rounds.py" line="+249"/>
        <source>Add a round</source>
        <translation>라운드 추가</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The round&apos;s code</source>
        <translation>라운드 코드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Shortlist, Final</source>
        <translation>예: 본선, 결선</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The round&apos;s name</source>
        <translation>라운드 이름</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None: the previous round&apos;s criteria</source>
        <translation>없음: 이전 라운드의 평가 기준</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A criteria file of the round&apos;s own</source>
        <translation>이 라운드 전용 평가 기준 파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Code</source>
        <translation>코드(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>종류(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;riteria</source>
        <translation>평가 기준(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the round</source>
        <translation>라운드 추가</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The round&apos;s criteria</source>
        <translation>라운드 평가 기준</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables</source>
        <translation>표</translation>
    </message>
</context>
<context>
    <name>AdvanceDialog</name>
    <message>
        <location line="+28"/>
        <source>Advance from {source} to {target}</source>
        <translation>다음 라운드로 진행: {source} → {target}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How applications go on</source>
        <translation>신청서 진출 방식</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Those the screeners passed</source>
        <translation>예비 심사위원이 통과시킨 신청서</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The top of each category</source>
        <translation>부문별 상위 신청서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Those with at least a score</source>
        <translation>최저 점수 이상인 신청서</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many of each category</source>
        <translation>부문별 진출 수</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lowest score that goes on</source>
        <translation>진출하는 최저 점수</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than half</source>
        <translation>과반수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of screeners who must pass it</source>
        <translation>통과로 판정해야 하는 예비 심사위원의 비율</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rule</source>
        <translation>규칙(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value</source>
        <translation>값(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show the cut</source>
        <translation>커트라인 표시(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the rule, then show the cut: nothing moves until you advance.</source>
        <translation>규칙을 선택한 뒤 커트라인을 표시하십시오. 진행하기 전까지는 아무것도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cut, category by category</source>
        <translation>부문별 커트라인</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>부문</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>신청서</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score or votes</source>
        <translation>점수 또는 투표</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goes on</source>
        <translation>진출</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jury</source>
        <translation>심사위원단</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Promote…</source>
        <translation>진출 결정(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Demote…</source>
        <translation>탈락 결정(&amp;D)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The jury, for the selected application:</source>
        <translation>선택한 신청서에 대한 심사위원단 결정:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Advance</source>
        <translation>진행(&amp;A)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>▲ go on to {target}  ·  the cut  ·  stay in {source} ▼</source>
        <translation>▲ {target}(으)로 진출  ·  커트라인  ·  {source}에 잔류 ▼</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not scored</source>
        <translation>미채점</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{passes} pass, {fails} fail</source>
        <translation>통과 {passes}, 탈락 {fails}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>promoted</source>
        <translation>진출 결정</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>demoted</source>
        <translation>탈락 결정</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TIE: the jury decides</source>
        <translation>동점: 심사위원단이 결정</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} applications go on to {target}.</source>
        <translation>신청서 {n}건이 {target}에 진출합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tie at the cut: {apps}. Select each and promote or demote it, with the jury&apos;s reason, before advancing.</source>
        <translation>커트라인에서 동점: {apps}. 진행하기 전에 각 신청서를 선택하여 심사위원단의 사유와 함께 진출 또는 탈락을 결정하십시오.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Promote {app}</source>
        <translation>{app} 진출 결정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demote {app}</source>
        <translation>{app} 탈락 결정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app} goes on to the next round whatever its place. Why?</source>
        <translation>{app} 신청서는 순위와 관계없이 다음 라운드에 진출합니다. 사유는 무엇입니까?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{app} stays out of the next round whatever its place. Why?</source>
        <translation>{app} 신청서는 순위와 관계없이 다음 라운드에 진출하지 않습니다. 사유는 무엇입니까?</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+199"/>
        <source>Something went wrong</source>
        <translation>문제가 발생했습니다</translation>
    </message>
</context>
<context>
    <name>AwardCard</name>
    <message>
        <location filename="../../ui/results.py" line="+108"/>
        <source>confidence %p%</source>
        <translation>신뢰도 %p%</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;i&gt;not given&lt;/i&gt;</source>
        <translation>&lt;i&gt;수여되지 않음&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>score {score} · raw mean {raw}</source>
        <translation>점수 {score} · 원점수 평균 {raw}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{award} · jury decision</source>
        <translation>{award} · 심사위원단 결정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jury decision</source>
        <translation>심사위원단 결정</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The jury gave this award; the scores alone would not have.</source>
        <translation>심사위원단이 이 상을 수여했습니다. 점수만으로는 수여되지 않았을 것입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confidence: the chance this is the right award, given the scores</source>
        <translation>신뢰도: 점수로 볼 때 이 수상이 맞을 확률</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>confidence {percent}%</source>
        <translation>신뢰도 {percent}%</translation>
    </message>
</context>
<context>
    <name>Awards</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+45"/>
        <source>Gold</source>
        <translation>금상</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silver</source>
        <translation>은상</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special Mention</source>
        <translation>특별상</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bronze</source>
        <translation>동상</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../ui/certificates.py" line="+72"/>
        <source>Certificates of participation (every applicant)</source>
        <translation>참가 증서 (모든 신청자)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview again</source>
        <translation>다시 미리 보기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export certificates…</source>
        <translation>증서 내보내기…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the report…</source>
        <translation>보고서 내보내기…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificates to preview</source>
        <translation>미리 볼 증서</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The PDF layer is not installed: certificates cannot be made here.</source>
        <translation>PDF 모듈이 설치되어 있지 않아 여기서는 증서를 만들 수 없습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The results are finalized: the certificates carry their verification codes and no DRAFT mark.</source>
        <translation>결과가 확정되었습니다. 증서에는 검증 코드가 들어가고 DRAFT 표시가 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The results are not finalized yet: every certificate carries a large DRAFT mark and no valid verification code.</source>
        <translation>결과가 아직 확정되지 않았습니다. 모든 증서에 큰 DRAFT 표시가 있고 유효한 검증 코드가 없습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Rendering the certificates…</source>
        <translation>증서를 만드는 중…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Characters no font can draw</source>
        <translation>어떤 글꼴로도 그릴 수 없는 문자</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print anyway</source>
        <translation>그래도 인쇄</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All certificates (for printing)</source>
        <translation>모든 증서 (인쇄용)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} certificates previewed (DRAFT)</source>
        <translation>증서 {n}장 미리 보기 (DRAFT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} certificates previewed</source>
        <translation>증서 {n}장 미리 보기</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export the certificates into</source>
        <translation>증서를 내보낼 폴더</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export cancelled; nothing half-written was kept.</source>
        <translation>내보내기를 취소했습니다. 반쯤 쓴 파일은 남기지 않았습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} certificates written to {folder}</source>
        <translation>증서 {n}장을 {folder}에 저장했습니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the certificates…</source>
        <translation>증서를 저장하는 중…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the results report</source>
        <translation>결과 보고서 내보내기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the report…</source>
        <translation>보고서를 쓰는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report written</source>
        <translation>보고서 저장 완료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report was written to {file}.</source>
        <translation>보고서를 {file}에 저장했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report not written</source>
        <translation>보고서를 저장하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/tablemodel.py" line="+215"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>부문</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scored by</source>
        <translation>채점한 심사위원</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>이해충돌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>채점</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Judge</source>
        <translation>심사위원</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge&apos;s name</source>
        <translation>심사위원 이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>신청서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared by</source>
        <translation>신고 주체</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores given</source>
        <translation>준 점수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>신청서</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min</source>
        <translation>최소</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max</source>
        <translation>최대</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubric</source>
        <translation>채점 기준표</translation>
    </message>
</context>
<context>
    <name>CommentBox</name>
    <message>
        <location filename="../../ui/scoreform.py" line="+182"/>
        <source>Your comment for the jury (optional): strengths, doubts, what would change your mind…</source>
        <translation>심사위원단에 남길 의견 (선택): 강점, 의문점, 생각을 바꿀 만한 점…</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="+426"/>
        <source>Declare a conflict of interest</source>
        <translation>이해충돌 신고</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The judge</source>
        <translation>심사위원</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application they must never score</source>
        <translation>이 심사위원이 절대 채점하지 않을 신청서</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why (kept in the history), e.g. &apos;advised the city on this project&apos;</source>
        <translation>사유 (이력에 남음), 예: &apos;이 프로젝트에 대해 시에 자문함&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The judge will never see, score or be counted for this application. Scores they already gave it are cleared (the history keeps them).</source>
        <translation>이 심사위원은 이 신청서를 보거나 채점하지 않으며 집계에서도 제외됩니다. 이미 준 점수는 지워집니다 (이력에는 남습니다).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Judge</source>
        <translation>심사위원(&amp;J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Application</source>
        <translation>신청서(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Declare the conflict</source>
        <translation>이해충돌 신고</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Choose the judge and the application.</source>
        <translation>심사위원과 신청서를 선택하십시오.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing else changes.</source>
        <translation>그 밖에 바뀌는 것은 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;&lt;i&gt;Write the reason to go on.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;계속하려면 사유를 입력하십시오.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Declare the conflict?</source>
        <translation>이해충돌을 신고하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../ui/scoreform.py" line="-97"/>
        <source>weight {weight} · {share} of the total · {low} to {high}</source>
        <translation>가중치 {weight} · 전체의 {share} · {low}~{high}점</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score for {criterion}</source>
        <translation>{criterion} 점수</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Not scored yet.</source>
        <translation>아직 채점하지 않음.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/tr_catalog.py" line="+45"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>작업 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling… nothing will be kept.</source>
        <translation>취소하는 중… 아무것도 남기지 않습니다.</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../ui/document.py" line="+55"/>
        <location line="+70"/>
        <source>No document attached to this application.</source>
        <translation>이 신청서에 첨부된 문서가 없습니다.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Smaller (Ctrl+minus, or Ctrl+wheel)</source>
        <translation>축소 (Ctrl+마이너스 또는 Ctrl+휠)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger (Ctrl+plus, or Ctrl+wheel)</source>
        <translation>확대 (Ctrl+플러스 또는 Ctrl+휠)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>너비 맞춤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page as wide as the pane</source>
        <translation>페이지를 창 너비에 맞춥니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open in viewer</source>
        <translation>뷰어로 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the document in your PDF viewer</source>
        <translation>PDF 뷰어에서 문서를 엽니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy…</source>
        <translation>사본 저장…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The document</source>
        <translation>문서</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Document: {file}</source>
        <translation>문서: {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Press “Open in viewer” to look at it in your PDF viewer.</source>
        <translation>PDF 뷰어에서 보려면 “뷰어로 열기”를 누르십시오.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No PDF viewer here</source>
        <translation>PDF 뷰어 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program to show PDF files could be started on this computer. A copy of the document is at:

{path}

Open it from there, or use “Save a copy…” to keep it where you like.</source>
        <translation>이 컴퓨터에서 PDF 파일을 보여 줄 프로그램을 시작할 수 없습니다. 문서 사본 위치:

{path}

그곳에서 열거나 “사본 저장…”으로 원하는 곳에 보관하십시오.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the document</source>
        <translation>문서 저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
</context>
<context>
    <name>EditRoundDialog</name>
    <message>
        <location filename="../../ui/rounds.py" line="-286"/>
        <source>Round {code}</source>
        <translation>라운드 {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The round&apos;s name</source>
        <translation>라운드 이름</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kind can change only while nothing is scored in the round; a scoring round then takes its criteria from an import.</source>
        <translation>종류는 라운드에서 아직 아무것도 채점되지 않은 동안에만 바꿀 수 있습니다. 그런 다음 채점 라운드는 가져오기로 평가 기준을 받습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>종류(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the round</source>
        <translation>라운드 저장</translation>
    </message>
</context>
<context>
    <name>EditionActions</name>
    <message>
        <location filename="../../ui/actions.py" line="+60"/>
        <source>Editions and judge packages</source>
        <translation>대회 파일 및 심사위원 패키지</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>All files</source>
        <translation>모든 파일</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Judges&apos; returns: packages and sheets</source>
        <translation>심사위원 반송 파일: 패키지 및 시트</translation>
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
        <translation>어디서나
  Ctrl+O  대회 파일 또는 심사위원 패키지 열기
  Ctrl+I  파일 가져오기 (또는 창에 끌어다 놓기)
  Ctrl+Shift+I  심사위원 반송 파일 병합
  Ctrl+Z  마지막 변경 실행 취소
  Ctrl+1 … Ctrl+9, Ctrl+0  각 화면
  F5  결과 계산
  Ctrl+,  대회 설정
  F1  사용자 안내서

표
  Ctrl+F  필터
  Insert 또는 Ctrl+Shift+N  레코드 추가
  Enter 또는 Ctrl+E  선택한 레코드 편집
  Delete 또는 Ctrl+Del  삭제 (먼저 확인)
  마우스 오른쪽 클릭  같은 기능을 메뉴로

채점
  0–9, &apos;.&apos;  점수 입력 (예: 7, 10, 7.5)
  ← → ↑ ↓  1점 내리거나 올리기 (Shift와 함께: 0.5점)
  Home / End  최저 / 최고 점수
  Delete  점수 지우기
  Tab / Shift+Tab  다음 / 이전 기준, 그다음 의견
  Ctrl+Enter 또는 PgDown  다음 신청서
  PgUp 또는 Ctrl+Shift+Enter  이전 신청서
  Ctrl+Z  마지막으로 준 점수 되돌리기
  Ctrl+Shift+S  내 점수 보내기 (심사위원 패키지에서)

모든 점수는 주는 즉시 저장됩니다. “✓ 모든 변경 사항 저장됨”은 데이터베이스에 기록되었다는 뜻입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/tr_catalog.py" line="-37"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the edition</source>
        <translation>대회 백업</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign judges automatically</source>
        <translation>심사위원 자동 배정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges per application (existing assignments are kept, conflicts respected, loads balanced):</source>
        <translation>신청서당 심사위원 수 (기존 배정은 유지되고, 이해충돌이 반영되며, 업무량이 고르게 배분됩니다):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigning judges…</source>
        <translation>심사위원 배정 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the file to send to the secretariat</source>
        <translation>사무국에 보낼 파일을 저장합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one package per judge into</source>
        <translation>심사위원별 패키지를 저장할 폴더</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the judges&apos; packages…</source>
        <translation>심사위원 패키지를 저장하는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one Excel sheet per judge into</source>
        <translation>심사위원별 Excel 시트를 저장할 폴더</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the judges&apos; sheets…</source>
        <translation>심사위원 시트를 저장하는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking and merging the return…</source>
        <translation>반송 파일을 검사하고 병합하는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rounds changed: the views now show the open round</source>
        <translation>라운드가 변경되었습니다. 이제 각 화면에 진행 중인 라운드가 표시됩니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About WeGO Awards</source>
        <translation>WeGO Awards 정보</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported, with warnings</source>
        <translation>가져왔지만 경고가 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition files</source>
        <translation>대회 파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send your scores back</source>
        <translation>점수 보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge packages</source>
        <translation>심사위원 패키지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge a judge&apos;s return</source>
        <translation>심사위원 반송 파일 병합</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to undo.</source>
        <translation>실행 취소할 것이 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not undone</source>
        <translation>실행 취소하지 못함</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a table first (Applications, Judges, Categories, Criteria, Conflicts or Assignments).</source>
        <translation>먼저 표를 표시하십시오 (신청서, 심사위원, 부문, 평가 기준, 이해충돌 또는 배정).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs an awards competition from applications to printed certificates: offline judging, judge-bias correction, tamper-evident results.</source>
        <translation>신청서부터 인쇄된 증서까지 시상 대회를 운영합니다. 오프라인 채점, 심사위원 편향 보정, 위변조를 확인할 수 있는 결과.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone: {what}</source>
        <translation>실행 취소됨: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>Excel 통합 문서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have scored {done} of your {total} applications completely. Send what you have now? (You can send the package again later; the latest one counts.)</source>
        <translation>신청서 {total}건 중 {done}건을 모두 채점했습니다. 지금까지 채점한 내용을 보내시겠습니까? (나중에 패키지를 다시 보낼 수 있으며, 가장 최근에 보낸 것이 반영됩니다.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to send</source>
        <translation>보낼 준비 완료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages written</source>
        <translation>패키지 저장 완료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return refused</source>
        <translation>반송 파일 거부됨</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Return merged</source>
        <translation>반송 파일 병합 완료</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrote {n} rows to {file}</source>
        <translation>{n}개 행을 {file}에 저장했습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this file to the secretariat (e-mail or a shared folder):

{file}

They merge it with Edition ▸ Merge a judge&apos;s return; it is checked to be yours and unaltered.</source>
        <translation>이 파일을 사무국에 보내십시오 (이메일 또는 공유 폴더):

{file}

사무국은 대회 ▸ 심사위원 반송 파일 병합으로 이 파일을 병합하며, 본인의 파일인지와 변경되지 않았는지를 검사합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} packages written to {folder}, each sealed with a passphrase of its own; the passphrases are in {sheet}. Send each judge their own file, and their passphrase apart from it (by phone or in person), then delete the sheet: the passphrases are kept nowhere else. The judges open the file in this app, score offline and send it back.</source>
        <translation>{n}개의 패키지를 {folder}에 저장했습니다. 각 패키지는 고유한 암호 문구로 봉인되었으며, 암호 문구는 {sheet}에 있습니다. 각 심사위원에게 본인의 파일을 보내고, 암호 문구는 따로(전화나 직접) 전달한 뒤 시트를 삭제하세요. 암호 문구는 다른 곳에 보관되지 않습니다. 심사위원은 이 앱에서 파일을 열어 오프라인으로 채점하고 다시 보냅니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} sheets written to {folder}</source>
        <translation>시트 {n}개를 {folder}에 저장했습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backed up to {file}</source>
        <translation>{file}에 백업했습니다</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/forms.py" line="-462"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum</source>
        <translation>최솟값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>최댓값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rubric</source>
        <translation>채점 기준표</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>부문</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document (PDF)</source>
        <translation>문서 (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge</source>
        <translation>심사위원</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>신청서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../ui/guide.py" line="+25"/>
        <source>WeGO Awards · User guide</source>
        <translation>WeGO Awards · 사용자 안내서</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>사용자 안내서</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user guide is missing from this installation ({path}).</source>
        <translation>이 설치본에 사용자 안내서가 없습니다 ({path}).</translation>
    </message>
</context>
<context>
    <name>Histogram</name>
    <message>
        <location filename="../../ui/charts.py" line="+117"/>
        <source>you</source>
        <translation>나</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the panel</source>
        <translation>심사위원단 전체</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No complete scores yet</source>
        <translation>아직 완료된 점수가 없습니다</translation>
    </message>
</context>
<context>
    <name>ImageChooser</name>
    <message>
        <location filename="../../ui/settings.py" line="+198"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out</source>
        <translation>넣지 않음</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/importer.py" line="+45"/>
        <source>Categories</source>
        <translation>부문</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria and rubric</source>
        <translation>평가 기준 및 채점 기준표</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>신청서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges (with their conflicts)</source>
        <translation>심사위원 (이해충돌 포함)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments</source>
        <translation>배정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores (a file, or a judge&apos;s sheet)</source>
        <translation>점수 (파일 또는 심사위원 시트)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected from its header row</source>
        <translation>머리글 행에서 자동 인식</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+95"/>
        <source>Import a file</source>
        <translation>파일 가져오기</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>A .csv or .xlsx file (or drop it here)</source>
        <translation>.csv 또는 .xlsx 파일 (또는 여기에 끌어다 놓기)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File to import</source>
        <translation>가져올 파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file to import</source>
        <translation>가져올 파일 선택</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the file holds</source>
        <translation>파일의 내용</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read from the file&apos;s header row; choose a kind only to make sure the file is what you expect (a file of another kind is refused)</source>
        <translation>파일의 머리글 행에서 읽습니다. 파일이 예상한 종류인지 확인하려는 경우에만 종류를 선택하십시오 (다른 종류의 파일은 거부됩니다)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>It &amp;holds</source>
        <translation>내용(&amp;H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a file: it is checked whole before anything is written.</source>
        <translation>파일을 선택하십시오. 기록하기 전에 파일 전체를 검사합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Tables (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>표 (*.csv *.xlsx *.xlsm);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The edition is finalized: nothing can be imported until it is reopened (Results ▸ Reopen).</source>
        <translation>대회가 확정되었습니다. 다시 열기 전까지는 아무것도 가져올 수 없습니다 (결과 ▸ 다시 열기).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking {file}…</source>
        <translation>{file} 검사 중…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{kind} (read from its header row)</source>
        <translation>{kind} (머리글 행에서 인식)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} added</source>
        <translation>{n}건 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} changed</source>
        <translation>{n}건 변경</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} unchanged</source>
        <translation>{n}건 변경 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} removed</source>
        <translation>{n}건 삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ {file} is fine. Importing it: {counts}. Nothing is written until you press Import.</source>
        <translation>✓ {file}에 문제가 없습니다. 가져오면: {counts}. [가져오기]를 누르기 전에는 아무것도 기록되지 않습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ {file} is fine, and the edition already holds exactly this ({n} {kind} unchanged): there is nothing to import.</source>
        <translation>✓ {file}에 문제가 없으며 대회에 이미 똑같은 내용이 있습니다 ({kind} {n}건 변경 없음). 가져올 것이 없습니다.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file} is an edition file or a judge&apos;s package, not a table. A judge&apos;s return is merged with Edition ▸ Merge a judge&apos;s return (or the button below).</source>
        <translation>{file}은(는) 표가 아니라 대회 파일 또는 심사위원 패키지입니다. 심사위원 반송 파일은 대회 ▸ 심사위원 반송 파일 병합(또는 아래 버튼)으로 병합합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge as a judge&apos;s return…</source>
        <translation>심사위원 반송 파일로 병합…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✗ The file is refused whole ({n} problems; the first {shown} are listed): nothing will be written. Correct it and choose it again.</source>
        <translation>✗ 파일 전체가 거부되었습니다 (문제 {n}건, 처음 {shown}건 표시). 아무것도 기록되지 않습니다. 수정한 뒤 다시 선택하십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ The file is refused whole ({n} problems): nothing will be written. Correct it and choose it again.</source>
        <translation>✗ 파일 전체가 거부되었습니다 (문제 {n}건). 아무것도 기록되지 않습니다. 수정한 뒤 다시 선택하십시오.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ The file is refused whole (1 problem): nothing will be written. Correct it and choose it again.</source>
        <translation>✗ 파일 전체가 거부되었습니다 (문제 1건). 아무것도 기록되지 않습니다. 수정한 뒤 다시 선택하십시오.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Importing {file}… (Cancel leaves the edition as it was)</source>
        <translation>{file} 가져오는 중… (취소하면 대회가 원래대로 유지됩니다)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>가져오기를 취소했습니다. 아무것도 기록되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling… nothing will be written.</source>
        <translation>취소하는 중… 아무것도 기록되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <location filename="../../ui/letters.py" line="+38"/>
        <source>Feedback letters</source>
        <translation>피드백 서한</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every applicant receives a letter: how far the application went, each criterion&apos;s average beside the category&apos;s spread, and the judges&apos; comments, signed Judge A, B, C, never with a name.</source>
        <translation>모든 신청자가 서한을 받습니다. 서한에는 신청서가 어느 단계까지 진출했는지, 부문의 분산과 나란히 놓은 평가 기준별 평균, 심사위원의 의견이 담기며, 의견은 이름 없이 심사위원 A, B, C로만 서명됩니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The application whose letter to preview</source>
        <translation>서한을 미리 볼 신청서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the figures and charts</source>
        <translation>수치와 차트 표시</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Application</source>
        <translation>신청서(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Write every letter…</source>
        <translation>모든 서한 저장(&amp;W)…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Write the letters into</source>
        <translation>서한을 저장할 폴더</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the feedback letters…</source>
        <translation>피드백 서한을 저장하는 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters written</source>
        <translation>서한 저장 완료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} letters written to {folder}, one PDF per application.</source>
        <translation>서한 {n}통을 {folder}에 저장했습니다. 신청서마다 PDF 하나입니다.</translation>
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
        <translation>화면</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+635"/>
        <source>Working…</source>
        <translation>처리 중…</translation>
    </message>
    <message>
        <location line="-553"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New edition…</source>
        <translation>새 대회(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open edition or judge&apos;s package…</source>
        <translation>대회 파일 또는 심사위원 패키지 열기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the &amp;demo</source>
        <translation>데모 체험(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import a file…</source>
        <translation>파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a CSV or Excel file, checked first</source>
        <translation>CSV 또는 Excel 파일을 먼저 검사한 뒤 가져옵니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories…</source>
        <translation>부문…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criteria…</source>
        <translation>평가 기준…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications…</source>
        <translation>신청서…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Judges…</source>
        <translation>심사위원…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments…</source>
        <translation>배정…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores…</source>
        <translation>점수…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Backup…</source>
        <translation>백업(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send my scores back…</source>
        <translation>내 점수 보내기(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the file to send to the secretariat</source>
        <translation>사무국에 보낼 파일을 저장합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close edition</source>
        <translation>대회 닫기(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;dit</source>
        <translation>편집(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+514"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location line="-510"/>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a record to the table on screen</source>
        <translation>화면의 표에 레코드를 추가합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected record</source>
        <translation>선택한 레코드를 편집합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>삭제(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected record (asks first)</source>
        <translation>선택한 레코드를 삭제합니다 (먼저 확인)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reload</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Editio&amp;n</source>
        <translation>대회(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;ttings…</source>
        <translation>설정(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition, the award rules, the method and the certificate&apos;s design</source>
        <translation>대회, 시상 규칙, 계산 방법 및 증서 디자인</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rounds…</source>
        <translation>라운드(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rounds of judging: add one, or advance to the next with the cut shown first</source>
        <translation>심사 라운드: 라운드를 추가하거나, 커트라인을 먼저 확인한 뒤 다음 라운드로 진행합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assign judges automatically…</source>
        <translation>심사위원 자동 배정(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Declare a conflict…</source>
        <translation>이해충돌 신고(&amp;D)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export judge &amp;packages…</source>
        <translation>심사위원 패키지 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file per judge to score offline in this app</source>
        <translation>심사위원마다 이 앱에서 오프라인으로 채점할 파일 하나</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export judges&apos; Excel &amp;sheets…</source>
        <translation>심사위원 Excel 시트 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge a judge&apos;s return…</source>
        <translation>심사위원 반송 파일 병합(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a package or sheet a judge sent back (checked first)</source>
        <translation>심사위원이 보낸 패키지나 시트를 병합합니다 (먼저 검사)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Results</source>
        <translation>결과(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compute</source>
        <translation>계산(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jury&apos;s decision…</source>
        <translation>심사위원단 결정(&amp;J)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear a decision…</source>
        <translation>결정 취소(&amp;L)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Finalize…</source>
        <translation>확정(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reopen…</source>
        <translation>다시 열기(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export results…</source>
        <translation>결과 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the &amp;report…</source>
        <translation>보고서 내보내기(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;certificates…</source>
        <translation>증서 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback &amp;letters…</source>
        <translation>피드백 서한(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A letter for every applicant: preview one, write them all</source>
        <translation>모든 신청자에게 보내는 서한: 하나를 미리 보거나 모두 저장합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>사용자 안내서(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About WeGO Awards</source>
        <translation>WeGO Awards 정보(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>WeGO Awards is in {language}.</source>
        <translation>WeGO Awards는 현재 {language}로 표시됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeGO Awards will be in {language} the next time it starts.</source>
        <translation>다음에 시작할 때부터 WeGO Awards가 {language}로 표시됩니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open a judge&apos;s package</source>
        <translation>심사위원 패키지 열기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open an edition</source>
        <translation>대회 파일 열기</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening {file}…</source>
        <translation>{file} 여는 중…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} is a judge&apos;s sealed package. Type its passphrase: the words the secretariat gave you with the file (capitals and spaces do not matter).</source>
        <translation>{file}은(는) 봉인된 심사위원 패키지입니다. 사무국이 파일과 함께 알려 준 암호 문구(단어들)를 입력하세요. 대소문자와 띄어쓰기는 상관없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That passphrase does not open {file}. Check the words and type it again.</source>
        <translation>이 암호 문구로는 {file}을(를) 열 수 없습니다. 단어를 확인하고 다시 입력하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>암호 문구</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Building the demo edition (a few seconds, only the first time)…</source>
        <translation>데모 대회를 만드는 중 (처음 한 번만 몇 초 걸립니다)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} exists already; choose a new file for a new edition</source>
        <translation>{path}이(가) 이미 있습니다. 새 대회에는 새 파일을 선택하십시오</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} could not be opened: {error}</source>
        <translation>{file}을(를) 열 수 없습니다: {error}</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>{file}: open or create an edition first; then drop the file again to import it.</source>
        <translation>{file}: 먼저 대회를 열거나 만든 다음 파일을 다시 끌어다 놓으면 가져옵니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} was not imported: a judge&apos;s package takes scores only from this window.</source>
        <translation>{file}을(를) 가져오지 않았습니다. 심사위원 패키지에서는 이 창에서 준 점수만 받습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A judge&apos;s package or an edition</source>
        <translation>심사위원 패키지 또는 대회 파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is an edition file or a judge&apos;s package.

Merge it into {edition} as a judge&apos;s return (it is checked first), or open it in place of this edition?</source>
        <translation>{file}은(는) 대회 파일 또는 심사위원 패키지입니다.

{edition}에 심사위원 반송 파일로 병합하시겠습니까 (먼저 검사합니다), 아니면 현재 대회 대신 여시겠습니까?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge as a return</source>
        <translation>반송 파일로 병합</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it</source>
        <translation>열기</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>finalized</source>
        <translation>확정됨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>judge {judge}&apos;s package</source>
        <translation>심사위원 {judge}의 패키지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>judge {judge}</source>
        <translation>심사위원 {judge}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>round {code} ({name}), {n} of {total}</source>
        <translation>라운드 {code} ({name}), 전체 {total}개 중 {n}번째</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 application</source>
        <translation>신청서 1건</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} applications</source>
        <translation>신청서 {n}건</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 judge</source>
        <translation>심사위원 1명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} judges</source>
        <translation>심사위원 {n}명</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open or create an edition first</source>
        <translation>먼저 대회를 열거나 만드십시오</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edition is finalized: reopen it first (Results ▸ Reopen…)</source>
        <translation>대회가 확정되었습니다. 먼저 다시 여십시오 (결과 ▸ 다시 열기…)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No edition is open</source>
        <translation>열린 대회가 없습니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The results are not finalized</source>
        <translation>결과가 확정되지 않았습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a table first (Applications, Judges, Categories, Criteria, Conflicts or Assignments)</source>
        <translation>먼저 표를 표시하십시오 (신청서, 심사위원, 부문, 평가 기준, 이해충돌 또는 배정)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Undo {what}</source>
        <translation>실행 취소(&amp;U): {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to undo yet</source>
        <translation>아직 실행 취소할 것이 없습니다</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No edition or package was opened recently</source>
        <translation>최근에 연 대회나 패키지가 없습니다</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="+27"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>취소했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not done</source>
        <translation>완료되지 않음</translation>
    </message>
</context>
<context>
    <name>NewEditionDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+120"/>
        <source>New edition</source>
        <translation>새 대회</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 5th WeGO Awards</source>
        <translation>예: 제5회 WeGO 어워즈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition name</source>
        <translation>대회 이름</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who gives the awards, e.g. World Smart Sustainable Cities Organization</source>
        <translation>시상 주체, 예: 세계스마트지속가능도시기구</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on the certificates and the report</source>
        <translation>증서와 보고서에 인쇄됩니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeGO&apos;s six smart-city categories</source>
        <translation>WeGO의 6개 스마트시티 부문</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with WeGO&apos;s six smart-city categories</source>
        <translation>WeGO의 6개 스마트시티 부문으로 시작</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My own (import a categories file next, or add them one by one)</source>
        <translation>직접 정하기 (다음에 부문 파일을 가져오거나 하나씩 추가)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with my own categories</source>
        <translation>직접 정한 부문으로 시작</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File of the new edition</source>
        <translation>새 대회 파일</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file of the new edition</source>
        <translation>새 대회 파일 선택</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year</source>
        <translation>연도(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>기관(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>부문</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The edition starts with the six WeGO categories; import criteria, applications and judges next (File ▸ Import, or drop the files on the window).</source>
        <translation>대회는 WeGO의 6개 부문으로 시작합니다. 이어서 평가 기준, 신청서, 심사위원을 가져오십시오 (파일 ▸ 가져오기 또는 창에 파일을 끌어다 놓기).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The edition starts with no categories: import a categories file first (File ▸ Import), or add them one by one; then criteria, applications and judges.</source>
        <translation>대회는 부문 없이 시작합니다. 먼저 부문 파일을 가져오거나 (파일 ▸ 가져오기) 하나씩 추가한 뒤 평가 기준, 신청서, 심사위원을 넣으십시오.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file for the new edition</source>
        <translation>새 대회 파일</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edition files</source>
        <translation>대회 파일</translation>
    </message>
</context>
<context>
    <name>OffsetChart</name>
    <message>
        <location filename="../../ui/charts.py" line="+76"/>
        <source>more lenient</source>
        <translation>더 관대함</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-160"/>
        <source>Jury&apos;s decision in {category}</source>
        <translation>{category} 심사위원단 결정</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Required: why the jury decided so (kept in the history and printed in the report)</source>
        <translation>필수: 심사위원단이 그렇게 결정한 이유 (이력에 남고 보고서에 인쇄됩니다)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The computed award is replaced by the jury&apos;s decision. A reason is required.</source>
        <translation>계산된 수상이 심사위원단 결정으로 대체됩니다. 사유가 필요합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Award</source>
        <translation>상</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>신청서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the decision</source>
        <translation>결정 기록</translation>
    </message>
</context>
<context>
    <name>ProgressBars</name>
    <message>
        <location filename="../../ui/charts.py" line="-121"/>
        <source>scored</source>
        <translation>채점 완료</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>partly scored</source>
        <translation>일부 채점</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to do</source>
        <translation>남음</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../ui/progress.py" line="+49"/>
        <source>Judges: applications scored of those assigned</source>
        <translation>심사위원: 배정된 신청서 중 채점한 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories: judge-application pairs scored</source>
        <translation>부문: 채점된 심사위원-신청서 쌍</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judges&apos; progress</source>
        <translation>심사위원별 진행 상황</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories&apos; progress</source>
        <translation>부문별 진행 상황</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judge</source>
        <translation>심사위원</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>배정</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scored</source>
        <translation>채점</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly scored</source>
        <translation>일부 채점</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missing</source>
        <translation>미채점</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whom to remind</source>
        <translation>독촉할 심사위원</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whom to remind (most missing first)</source>
        <translation>독촉할 심사위원 (미채점이 많은 순)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge a judge&apos;s return…</source>
        <translation>심사위원 반송 파일 병합…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A package or filled sheet a judge sent back: checked first, then merged (Ctrl+Shift+I)</source>
        <translation>심사위원이 보낸 패키지나 작성한 시트: 먼저 검사한 뒤 병합합니다 (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy their e-mail addresses</source>
        <translation>이메일 주소 복사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The addresses of the judges still scoring, for your mail program</source>
        <translation>아직 채점 중인 심사위원의 주소 (메일 프로그램용)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to them…</source>
        <translation>메일 쓰기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reminder in your mail program, to the judges still scoring</source>
        <translation>아직 채점 중인 심사위원에게 메일 프로그램으로 보내는 알림</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading the progress…</source>
        <translation>진행 상황을 읽는 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{figures} · updating…</source>
        <translation>{figures} · 갱신 중…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>finalized</source>
        <translation>확정됨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open for scoring</source>
        <translation>채점 진행 중</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{scored} of {assigned} judge-application pairs scored ({percent}%) · {applications} applications, {judges} judges, {criteria} criteria · {scores} scores · {state}</source>
        <translation>심사위원-신청서 쌍 {assigned}개 중 {scored}개 채점 ({percent}%) · 신청서 {applications}건, 심사위원 {judges}명, 평가 기준 {criteria}개 · 점수 {scores}개 · {state}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{judge} ({n} to go)</source>
        <translation>{judge} ({n}건 남음)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still scoring: {names} and {n} more.</source>
        <translation>아직 채점 중: {names} 외 {n}명.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still scoring: {names}.</source>
        <translation>아직 채점 중: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every judge has scored every application assigned to them.</source>
        <translation>모든 심사위원이 배정된 신청서를 모두 채점했습니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No judge with work left has an e-mail address</source>
        <translation>남은 작업이 있는 심사위원 중 이메일 주소가 있는 사람이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every judge is done</source>
        <translation>모든 심사위원이 채점을 마쳤습니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E-mail addresses copied: {n}.</source>
        <translation>이메일 주소 {n}개를 복사했습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No mail program could be opened here; the addresses were copied instead.</source>
        <translation>이 컴퓨터에서 메일 프로그램을 열 수 없어 주소를 대신 복사했습니다.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="-53"/>
        <source>The reason, as it will stand in the history</source>
        <translation>이력에 남을 사유</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="-31"/>
        <source>Add a category</source>
        <translation>부문 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit category {key}</source>
        <translation>부문 {key} 편집</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a criterion</source>
        <translation>평가 기준 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit criterion {key}</source>
        <translation>평가 기준 {key} 편집</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an application</source>
        <translation>신청서 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit application {key}</source>
        <translation>신청서 {key} 편집</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a judge</source>
        <translation>심사위원 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit judge {key}</source>
        <translation>심사위원 {key} 편집</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a conflict</source>
        <translation>이해충돌 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit conflict {key}</source>
        <translation>이해충돌 {key} 편집</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an assignment</source>
        <translation>배정 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit assignment {key}</source>
        <translation>배정 {key} 편집</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Fields marked * are required. Nothing is written until you press Save; the same rules as the imports apply.</source>
        <translation>* 표시 항목은 필수입니다. [저장]을 누르기 전에는 아무것도 기록되지 않으며, 가져오기와 같은 규칙이 적용됩니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record&apos;s fields</source>
        <translation>레코드 항목</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Checking…</source>
        <translation>검사 중…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{n} problems, shown beside their fields; nothing was written.</source>
        <translation>문제 {n}건을 각 항목 옆에 표시했습니다. 아무것도 기록되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 problem, shown beside its field; nothing was written.</source>
        <translation>문제 1건을 해당 항목 옆에 표시했습니다. 아무것도 기록되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save this change?</source>
        <translation>이 변경 사항을 저장하시겠습니까?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved.</source>
        <translation>저장되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <location filename="../../ui/tr_catalog.py" line="+4"/>
        <source>Not done</source>
        <translation>완료되지 않음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>

You can take it back with Edit ▸ Undo.</source>
        <translation>

편집 ▸ 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go ahead</source>
        <translation>계속</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not deleted</source>
        <translation>삭제되지 않음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {key}?</source>
        <translation>{key}을(를) 삭제하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/results.py" line="-97"/>
        <source>Judge-effect model (default)</source>
        <translation>심사위원 효과 모형 (기본값)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain mean</source>
        <translation>단순 평균</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standardised (z-score)</source>
        <translation>표준화 (z-점수)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trimmed mean</source>
        <translation>절사 평균</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+169"/>
        <source>Application</source>
        <translation>신청서</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+168"/>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+166"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw mean</source>
        <translation>원점수 평균</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+206"/>
        <source>Judges</source>
        <translation>심사위원</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>SE</source>
        <translation>표준오차</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award</source>
        <translation>상</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge</source>
        <translation>심사위원</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>채점</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offset</source>
        <translation>편차</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread</source>
        <translation>분산</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>일치도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlier</source>
        <translation>이상치</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+31"/>
        <source>Method</source>
        <translation>계산 방법</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+4"/>
        <source>Round</source>
        <translation>라운드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute</source>
        <translation>계산</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute the results again (F5)</source>
        <translation>결과를 다시 계산합니다 (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jury&apos;s decision…</source>
        <translation>심사위원단 결정…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear a decision…</source>
        <translation>결정 취소…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalize…</source>
        <translation>확정…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen…</source>
        <translation>다시 열기…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Categories</source>
        <translation>부문</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ranking</source>
        <translation>순위</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass</source>
        <translation>통과</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail</source>
        <translation>탈락</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share passing</source>
        <translation>통과 비율</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The screeners&apos; votes</source>
        <translation>예비 심사위원의 투표</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scores with their 95% intervals (the leading applications)</source>
        <translation>95% 구간을 포함한 점수 (상위 신청서)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Judges&apos; offsets (removed by the judge-effect model)</source>
        <translation>심사위원 편차 (심사위원 효과 모형으로 제거)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Judges&apos; statistics</source>
        <translation>심사위원 통계</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awards by category</source>
        <translation>부문별 수상</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computing the results…</source>
        <translation>결과를 계산하는 중…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Round {code} ({name}) is a qualifying round: its results are the screeners&apos; votes.</source>
        <translation>{code}({name}) 라운드는 예선 라운드이며, 결과는 예비 심사위원의 투표입니다.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Finalized</source>
        <translation>확정됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the results are locked</source>
        <translation>결과가 잠겨 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not finalized</source>
        <translation>확정되지 않음</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>judges&apos; agreement (ICC) {raw} raw, {adjusted} adjusted</source>
        <translation>심사위원 간 일치도 (ICC) 원점수 {raw}, 보정 {adjusted}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>judges&apos; agreement (ICC) {raw} raw</source>
        <translation>심사위원 간 일치도 (ICC) 원점수 {raw}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} judge-application pairs are partly scored and not counted.</source>
        <translation>심사위원-신청서 쌍 {n}개가 일부만 채점되어 집계되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>estimated from the scores</source>
        <translation>점수에서 추정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed</source>
        <translation>고정</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated from the scores: judges&apos; leniency spread (sd) {offset}, noise {noise}, quality {quality}; shrinkage {shrinkage} ({how}).</source>
        <translation>점수에서 추정: 심사위원 관대함 분산(sd) {offset}, 잡음 {noise}, 품질 {quality}, 수축 {shrinkage} ({how}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>For the jury:</source>
        <translation>심사위원단 확인 사항:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No decision to clear</source>
        <translation>취소할 결정 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The jury has made no decision in {category}.</source>
        <translation>{category}에는 심사위원단 결정이 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear a decision</source>
        <translation>결정 취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which decision in {category}?</source>
        <translation>{category}의 어떤 결정을 취소하시겠습니까?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the results before finalizing…</source>
        <translation>확정하기 전에 결과를 검사하는 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Not finalized</source>
        <translation>확정되지 않음</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Not finalized yet</source>
        <translation>아직 확정할 수 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The results cannot be finalized while an exact tie at an award boundary has no jury decision:</source>
        <translation>수상 경계에서 완전 동점이고 심사위원단 결정이 없으면 결과를 확정할 수 없습니다:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the jury&apos;s decision first (Jury&apos;s decision…).</source>
        <translation>먼저 심사위원단 결정을 기록하십시오 (심사위원단 결정…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalizing locks the results: no score, application or rule can change until the edition is reopened (with a reason). Certificates then carry no DRAFT mark.</source>
        <translation>확정하면 결과가 잠깁니다. 대회를 (사유와 함께) 다시 열기 전까지 점수, 신청서, 규칙을 바꿀 수 없습니다. 이후 증서에는 DRAFT 표시가 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} awards, method {method}.</source>
        <translation>수상 {n}건, 계산 방법 {method}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before you finalize, the jury should have looked at these {n}:</source>
        <translation>확정하기 전에 심사위원단이 다음 {n}건을 검토해야 합니다:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and {n} more</source>
        <translation>… 외 {n}건</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalize the results</source>
        <translation>결과 확정</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finalize</source>
        <translation>확정</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reopen the results</source>
        <translation>결과 다시 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopening unlocks scores, applications and rules. Why?</source>
        <translation>다시 열면 점수, 신청서, 규칙의 잠금이 풀립니다. 사유는 무엇입니까?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>다시 열기</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not reopened</source>
        <translation>다시 열지 않음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the results</source>
        <translation>결과 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>Excel 통합 문서</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported</source>
        <translation>내보내기 완료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The results were written to {file}.</source>
        <translation>결과를 {file}에 저장했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not exported</source>
        <translation>내보내지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/tr_catalog.py" line="+1"/>
        <source>The scores alone would not have ranked it (it is not fully scored).</source>
        <translation>점수만으로는 순위가 매겨지지 않았을 것입니다 (채점이 다 끝나지 않았습니다).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By the scores alone it ranked {rank} ({score}), {gap} below the {place} place this award stands for.</source>
        <translation>점수만으로는 {rank}({score})였으며, 이 상에 해당하는 {place}보다 {gap}점 낮았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By the scores alone it ranked {rank} ({score}), {gap} above the {place} place this award stands for.</source>
        <translation>점수만으로는 {rank}({score})였으며, 이 상에 해당하는 {place}보다 {gap}점 높았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By the scores alone it ranked {rank} ({score}).</source>
        <translation>점수만으로는 {rank}({score})였습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no. {n}</source>
        <translation>{n}위</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <location line="+1"/>
        <source>qualifying</source>
        <translation>예선</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scoring</source>
        <translation>채점</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>예정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kind of round</source>
        <translation>라운드 종류</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring: judges score the criteria</source>
        <translation>채점: 심사위원이 평가 기준별로 점수를 매깁니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualifying: screeners say pass or fail</source>
        <translation>예선: 예비 심사위원이 통과 또는 탈락을 판정합니다</translation>
    </message>
</context>
<context>
    <name>RoundsDialog</name>
    <message>
        <location filename="../../ui/rounds.py" line="-154"/>
        <source>Rounds of judging</source>
        <translation>심사 라운드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each round has its own criteria, assignments, packages and scores; the open round is the one judged now. The awards come from the last round.</source>
        <translation>라운드마다 평가 기준, 배정, 패키지, 점수가 따로 있습니다. 진행 중인 라운드가 지금 심사하는 라운드입니다. 수상은 마지막 라운드의 결과로 정해집니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rounds</source>
        <translation>라운드 목록</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round</source>
        <translation>라운드</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>신청서</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criteria</source>
        <translation>평가 기준</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add a round…</source>
        <translation>라운드 추가(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit the round…</source>
        <translation>라운드 편집(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the selected round, or change its kind while nothing is scored in it</source>
        <translation>선택한 라운드의 이름을 바꾸거나, 아직 아무것도 채점되지 않은 동안 종류를 바꿉니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ad&amp;vance to the next round…</source>
        <translation>다음 라운드로 진행(&amp;V)…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the previous round&apos;s, when it opens</source>
        <translation>열릴 때 이전 라운드의 평가 기준 사용</translation>
    </message>
</context>
<context>
    <name>ScoreForm</name>
    <message>
        <location filename="../../ui/scoreform.py" line="+72"/>
        <source>Your comment</source>
        <translation>내 의견</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+35"/>
        <source>✓ saved</source>
        <translation>✓ 저장됨</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cleared</source>
        <translation>지움</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not saved</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{done} of {n} criteria scored</source>
        <translation>평가 기준 {n}개 중 {done}개 채점</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All {n} criteria scored · weighted total {total} / 10</source>
        <translation>평가 기준 {n}개 모두 채점 · 가중 합계 {total} / 10</translation>
    </message>
</context>
<context>
    <name>ScoreScale</name>
    <message>
        <location filename="../../ui/scorescale.py" line="+47"/>
        <source>Type a score (digits, &apos;.&apos; for a half), or use the arrow keys; Delete clears it; Tab goes to the next criterion</source>
        <translation>점수를 입력하거나 (숫자, 0.5점은 &apos;.&apos;) 화살표 키를 사용하십시오. Delete는 지우고 Tab은 다음 기준으로 이동합니다</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>&apos;{text}&apos; is not a score</source>
        <translation>&apos;{text}&apos;은(는) 점수가 아닙니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} is above the highest score, {limit}: not taken</source>
        <translation>{text}은(는) 최고 점수 {limit}보다 높아 반영되지 않습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} is below the lowest score, {limit}: not taken</source>
        <translation>{text}은(는) 최저 점수 {limit}보다 낮아 반영되지 않습니다</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../../ui/scoring.py" line="+85"/>
        <source>Scoring as</source>
        <translation>채점자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring as judge</source>
        <translation>채점하는 심사위원</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%v of %m applications scored</source>
        <translation>신청서 %m건 중 %v건 채점</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send my scores back…</source>
        <translation>내 점수 보내기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the signed file to send to the secretariat (Ctrl+Shift+S)</source>
        <translation>사무국에 보낼 서명된 파일을 저장합니다 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your applications</source>
        <translation>내 신청서</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+459"/>
        <source>Your totals beside the panel&apos;s</source>
        <translation>내 합계와 심사위원단 전체 비교</translation>
    </message>
    <message>
        <location line="-458"/>
        <source>Weighted totals (0 to 10) of the applications you have scored completely, beside the whole panel&apos;s (anonymous)</source>
        <translation>완전히 채점한 신청서의 가중 합계 (0~10)를 심사위원단 전체(익명)와 비교합니다</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Summary of the application</source>
        <translation>신청서 요약</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have a conflict with this application…</source>
        <translation>이 신청서와 이해충돌이 있습니다…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare a conflict of interest: you will not see or score this application again</source>
        <translation>이해충돌 신고: 이 신청서를 다시 보거나 채점하지 않게 됩니다</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The scoring form</source>
        <translation>채점표</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Digits or arrows score · Tab next criterion · Ctrl+Enter or PgDown next application · PgUp previous</source>
        <translation>숫자나 화살표로 채점 · Tab 다음 기준 · Ctrl+Enter 또는 PgDown 다음 신청서 · PgUp 이전</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the judge you are scoring as, above.</source>
        <translation>위에서 채점할 심사위원을 선택하십시오.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The results of this edition are finalized: scores are locked and shown read-only.</source>
        <translation>이 대회의 결과가 확정되었습니다. 점수는 잠겨 있으며 읽기 전용으로 표시됩니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a judge…</source>
        <translation>심사위원 선택…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the judge you are scoring as, above. They see only the applications assigned to them, never one they have a conflict with.</source>
        <translation>위에서 채점할 심사위원을 선택하십시오. 심사위원에게는 배정된 신청서만 보이며, 이해충돌이 있는 신청서는 보이지 않습니다.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Your applications, judge {judge}</source>
        <translation>내 신청서, 심사위원 {judge}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge {judge} has no applications to score.</source>
        <translation>심사위원 {judge}에게 채점할 신청서가 없습니다.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No summary was given with this application.</source>
        <translation>이 신청서에는 요약이 없습니다.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Declare a conflict</source>
        <translation>이해충돌 신고</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will not see or score {application} again, and the secretariat will know why. The {n} scores you gave it will be cleared. What is the conflict?</source>
        <translation>{application}을(를) 다시 보거나 채점하지 않게 되며, 사무국이 그 사유를 알게 됩니다. 이 신청서에 준 점수 {n}개는 지워집니다. 어떤 이해충돌입니까?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You will not see or score {application} again, and the secretariat will know why. What is the conflict?</source>
        <translation>{application}을(를) 다시 보거나 채점하지 않게 되며, 사무국이 그 사유를 알게 됩니다. 어떤 이해충돌입니까?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declare</source>
        <translation>신고</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>score of {application}, {criterion}</source>
        <translation>{application}, {criterion} 점수</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your comment will be saved with your first score of this application.</source>
        <translation>의견은 이 신청서에 첫 점수를 줄 때 함께 저장됩니다.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: {error}</source>
        <translation>저장되지 않음: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ All changes saved ({time})</source>
        <translation>✓ 모든 변경 사항 저장됨 ({time})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your totals</source>
        <translation>내 합계</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings.py" line="+106"/>
        <source>Edition settings</source>
        <translation>대회 설정</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Notice</source>
        <translation>알림</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings pages</source>
        <translation>설정 페이지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edition</source>
        <translation>대회(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Awards and method</source>
        <translation>시상 및 계산 방법(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificate</source>
        <translation>증서(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the settings…</source>
        <translation>설정을 불러오는 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply every change on every page</source>
        <translation>모든 페이지의 변경 사항을 모두 적용합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without saving</source>
        <translation>저장하지 않고 닫기</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edition name</source>
        <translation>대회 이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed on the certificates and the report</source>
        <translation>증서와 보고서에 인쇄됩니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. World Smart Sustainable Cities Organization</source>
        <translation>예: 세계스마트지속가능도시기구</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who gives the awards; printed on the certificates and the report</source>
        <translation>시상 주체. 증서와 보고서에 인쇄됩니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ceremony date</source>
        <translation>시상식 날짜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>정하지 않음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceremony date not set</source>
        <translation>시상식 날짜 미정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a date the certificates carry the day the results are finalized</source>
        <translation>날짜가 없으면 증서에 결과 확정일이 들어갑니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Seoul</source>
        <translation>예: 서울</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceremony place</source>
        <translation>시상식 장소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the awards are handed out; the certificate&apos;s wording can print it as {ceremony_place}</source>
        <translation>시상식이 열리는 곳. 증서 문구에서 {ceremony_place}로 인쇄할 수 있습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate language</source>
        <translation>인증서 언어</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the certificates&apos; wording, award names and date; two print side by side. A template can word each language its own way.</source>
        <translation>인증서의 문구, 상 이름, 날짜에 쓰는 언어입니다. 두 언어를 고르면 나란히 인쇄됩니다. 템플릿에서 언어마다 문구를 따로 정할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year</source>
        <translation>연도(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>기관(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceremony &amp;date</source>
        <translation>시상식 날짜(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ceremony &amp;place</source>
        <translation>시상식 장소(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate &amp;language</source>
        <translation>인증서 언어(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name, year and organisation head every certificate and the report. Without a ceremony date the certificates carry the day the results are finalized. The place is printed where the certificate&apos;s wording says {ceremony_place} (see the Certificate page, e.g. the date line).</source>
        <translation>이름, 연도, 기관은 모든 증서와 보고서의 머리에 들어갑니다. 시상식 날짜가 없으면 증서에 결과 확정일이 들어갑니다. 장소는 증서 문구의 {ceremony_place} 자리에 인쇄됩니다 (증서 페이지의 날짜 줄 등 참조).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Awards per category</source>
        <translation>부문별 시상 수</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> per category</source>
        <translation> (부문별)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+41"/>
        <source>Method</source>
        <translation>계산 방법</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>How the judges&apos; scores become each application&apos;s score</source>
        <translation>심사위원 점수를 각 신청서 점수로 만드는 방법</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shrinkage of judge offsets</source>
        <translation>심사위원 편차 수축</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How strongly each judge&apos;s leniency is pulled towards zero (judge-effect model)</source>
        <translation>각 심사위원의 관대함을 0 쪽으로 얼마나 강하게 당길지 (심사위원 효과 모형)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate from the scores (recommended)</source>
        <translation>점수에서 추정 (권장)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimate the shrinkage from the scores</source>
        <translation>점수에서 수축 정도 추정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The noise variance over the judges&apos; offset variance, estimated from this edition&apos;s scores; untick to fix a number</source>
        <translation>잡음 분산을 심사위원 편차 분산으로 나눈 값으로, 이 대회의 점수에서 추정합니다. 숫자를 고정하려면 선택을 해제하십시오</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minimum score for an award</source>
        <translation>수상 최저 점수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An award tier stays empty below this score; &apos;none&apos; for no minimum</source>
        <translation>이 점수보다 낮으면 해당 상은 비워 둡니다. 최저 점수가 없으면 &apos;none&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Near tie below</source>
        <translation>근소한 차이 기준</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two applications closer than this at an award boundary are flagged for the jury</source>
        <translation>수상 경계에서 두 신청서의 차이가 이보다 작으면 심사위원단에 알립니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low confidence below</source>
        <translation>낮은 신뢰도 기준</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An award whose confidence is below this is flagged for the jury</source>
        <translation>신뢰도가 이보다 낮은 수상은 심사위원단에 알립니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No judge scores an application from their own country</source>
        <translation>심사위원은 자국 신청서를 채점하지 않음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own-country rule</source>
        <translation>자국 제외 규칙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A judge from the applicant&apos;s country counts as conflicted</source>
        <translation>신청자와 같은 국가의 심사위원은 이해충돌로 간주합니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Shrinkage of judge offsets</source>
        <translation>심사위원 편차 수축(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum score for an a&amp;ward</source>
        <translation>수상 최저 점수(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near &amp;tie below</source>
        <translation>근소한 차이 기준(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Low confidence below</source>
        <translation>낮은 신뢰도 기준(&amp;L)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>Logo</source>
        <translation>로고</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signatories (one to three)</source>
        <translation>서명자 (1~3명)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Add a signatory</source>
        <translation>서명자 추가</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wording</source>
        <translation>문구</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Placeholders filled in on each certificate: {organisation} {edition} {year} {award} {category} {city} {country} {title} {application} {date} {ceremony_place} {code}. Write {{ or }} for a brace.</source>
        <translation>각 증서에 채워지는 자리표시자: {organisation} {edition} {year} {award} {category} {city} {country} {title} {application} {date} {ceremony_place} {code}. 중괄호는 {{ 또는 }}로 쓰십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Award names</source>
        <translation>상 이름</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Colours</source>
        <translation>색상</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview status</source>
        <translation>미리 보기 상태</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Certificate preview</source>
        <translation>증서 미리 보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the edition&apos;s certificates drawn with the design as it is now, before saving</source>
        <translation>저장하기 전에 현재 디자인으로 그린 이 대회의 증서 한 장</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The preview needs Qt&apos;s PDF module (PySide6-Addons).</source>
        <translation>미리 보기에는 Qt PDF 모듈(PySide6-Addons)이 필요합니다.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The results are finalized, so the settings are locked. Reopen the results first (Results ▸ Reopen…) to change them.</source>
        <translation>결과가 확정되어 설정이 잠겨 있습니다. 바꾸려면 먼저 결과를 다시 여십시오 (결과 ▸ 다시 열기…).</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Drawing the preview…</source>
        <translation>미리 보기를 그리는 중…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>One of the edition&apos;s certificates, as it is printed now.</source>
        <translation>현재 인쇄되는 모습의 이 대회 증서 한 장.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the edition&apos;s certificates, drawn as the fields are now; nothing is saved until you press Save.</source>
        <translation>현재 입력한 내용으로 그린 이 대회 증서 한 장. [저장]을 누르기 전에는 아무것도 저장되지 않습니다.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A folder for the edition&apos;s certificate template</source>
        <translation>대회 증서 서식을 저장할 폴더</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved.</source>
        <translation>저장되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings not saved</source>
        <translation>설정이 저장되지 않음</translation>
    </message>
</context>
<context>
    <name>SignatoryBox</name>
    <message>
        <location line="-681"/>
        <source>e.g. Secretary General</source>
        <translation>예: 사무총장</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Signature</source>
        <translation>서명</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../ui/tables.py" line="+60"/>
        <source>No applications yet.

Import them with File ▸ Import a file, or drop applications.csv (or .xlsx) on this window.</source>
        <translation>아직 신청서가 없습니다.

파일 ▸ 파일 가져오기로 가져오거나 applications.csv (또는 .xlsx)를 이 창에 끌어다 놓으십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No judges yet.

Import them with File ▸ Import a file (judges.csv, with their conflicts).</source>
        <translation>아직 심사위원이 없습니다.

파일 ▸ 파일 가져오기로 가져오십시오 (이해충돌이 포함된 judges.csv).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts declared.

They come with the judges file (its conflicts column), from the judges&apos; packages, or from Edition ▸ Declare a conflict (or the Add… button above).</source>
        <translation>신고된 이해충돌이 없습니다.

이해충돌은 심사위원 파일(이해충돌 열), 심사위원 패키지, 또는 대회 ▸ 이해충돌 신고(또는 위의 추가… 버튼)로 들어옵니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No categories yet.

Add them one by one with Add… above, or import categories.csv (code, name, description).</source>
        <translation>아직 부문이 없습니다.

위의 추가…로 하나씩 추가하거나 categories.csv (code, name, description)를 가져오십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No criteria yet.

Add them one by one with Add… above (with the rubric a judge sees), or import criteria.csv.</source>
        <translation>아직 평가 기준이 없습니다.

위의 추가…로 (심사위원이 보는 채점 기준표와 함께) 하나씩 추가하거나 criteria.csv를 가져오십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No assignments: every judge scores every application they have no conflict with.

To share the work out, use Edition ▸ Assign judges automatically, or import an assignments file.</source>
        <translation>배정이 없습니다. 모든 심사위원이 이해충돌이 없는 모든 신청서를 채점합니다.

작업을 나누려면 대회 ▸ 심사위원 자동 배정을 사용하거나 배정 파일을 가져오십시오.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add an application…</source>
        <translation>신청서 추가…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this application…</source>
        <translation>이 신청서 편집…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this application…</source>
        <translation>이 신청서 삭제…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an application first.</source>
        <translation>먼저 신청서를 선택하십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 application</source>
        <translation>신청서 1건</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} applications</source>
        <translation>신청서 {n}건</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} applications</source>
        <translation>신청서 {total}건 중 {n}건</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a judge…</source>
        <translation>심사위원 추가…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this judge…</source>
        <translation>이 심사위원 편집…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this judge…</source>
        <translation>이 심사위원 삭제…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a judge first.</source>
        <translation>먼저 심사위원을 선택하십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 judge</source>
        <translation>심사위원 1명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} judges</source>
        <translation>심사위원 {n}명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} judges</source>
        <translation>심사위원 {total}명 중 {n}명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a conflict…</source>
        <translation>이해충돌 추가…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this conflict…</source>
        <translation>이 이해충돌 편집…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this conflict…</source>
        <translation>이 이해충돌 삭제…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a conflict first.</source>
        <translation>먼저 이해충돌을 선택하십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 conflict</source>
        <translation>이해충돌 1건</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} conflicts</source>
        <translation>이해충돌 {n}건</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} conflicts</source>
        <translation>이해충돌 {total}건 중 {n}건</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an assignment…</source>
        <translation>배정 추가…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this assignment…</source>
        <translation>이 배정 편집…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this assignment…</source>
        <translation>이 배정 삭제…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an assignment first.</source>
        <translation>먼저 배정을 선택하십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 assignment</source>
        <translation>배정 1건</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} assignments</source>
        <translation>배정 {n}건</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} assignments</source>
        <translation>배정 {total}건 중 {n}건</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a category…</source>
        <translation>부문 추가…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this category…</source>
        <translation>이 부문 편집…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this category…</source>
        <translation>이 부문 삭제…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a category first.</source>
        <translation>먼저 부문을 선택하십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 category</source>
        <translation>부문 1개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} categories</source>
        <translation>부문 {n}개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} categories</source>
        <translation>부문 {total}개 중 {n}개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a criterion…</source>
        <translation>평가 기준 추가…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this criterion…</source>
        <translation>이 평가 기준 편집…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this criterion…</source>
        <translation>이 평가 기준 삭제…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a criterion first.</source>
        <translation>먼저 평가 기준을 선택하십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 criterion</source>
        <translation>평가 기준 1개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} criteria</source>
        <translation>평가 기준 {n}개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} criteria</source>
        <translation>평가 기준 {total}개 중 {n}개</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filter the table</source>
        <translation>표 필터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter: type words found in any column (e.g. &apos;seoul mobility&apos;)</source>
        <translation>필터: 어느 열에든 있는 단어를 입력하십시오 (예: &apos;seoul mobility&apos;)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Add a record (Insert)</source>
        <translation>레코드 추가 (Insert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected record (Enter)</source>
        <translation>선택한 레코드 편집 (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected record (Delete); says first what goes with it</source>
        <translation>선택한 레코드 삭제 (Delete). 함께 삭제되는 것을 먼저 알려 줍니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The table</source>
        <translation>표</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The selected record</source>
        <translation>선택한 레코드</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Their totals beside the panel&apos;s</source>
        <translation>이 심사위원의 합계와 심사위원단 전체 비교</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The edition is finalized: reopen it first (Results ▸ Reopen…)</source>
        <translation>대회가 확정되었습니다. 먼저 다시 여십시오 (결과 ▸ 다시 열기…)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The edition is finalized: nothing can change until it is reopened (Results ▸ Reopen…).</source>
        <translation>대회가 확정되었습니다. 다시 열기 전까지는 아무것도 바꿀 수 없습니다 (결과 ▸ 다시 열기…).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Conflicts and assignments are added or deleted, not edited.</source>
        <translation>이해충돌과 배정은 추가하거나 삭제만 할 수 있고 편집할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Declare a conflict…</source>
        <translation>이해충돌 신고…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>this judge</source>
        <translation>이 심사위원</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Conflicts&lt;/b&gt; (never shown these):</source>
        <translation>&lt;b&gt;이해충돌&lt;/b&gt; (이 신청서는 보이지 않음):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts declared.</source>
        <translation>신고된 이해충돌이 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{scored}&lt;/b&gt; of {total} applications scored, {partial} partly</source>
        <translation>신청서 {total}건 중 &lt;b&gt;{scored}&lt;/b&gt;건 채점, {partial}건 일부 채점</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{scored}&lt;/b&gt; of {total} applications scored</source>
        <translation>신청서 {total}건 중 &lt;b&gt;{scored}&lt;/b&gt;건 채점</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a judge to see it here.</source>
        <translation>심사위원을 선택하면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an application to see it here.</source>
        <translation>신청서를 선택하면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document: {file}</source>
        <translation>문서: {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No document attached.</source>
        <translation>첨부된 문서가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="-776"/>
        <source>Applications</source>
        <translation>신청서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judges</source>
        <translation>심사위원</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>부문</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>평가 기준</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>이해충돌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments</source>
        <translation>배정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring</source>
        <translation>채점</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates</source>
        <translation>증서</translation>
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
        <translation>시상 대회 운영: 신청서, 심사위원 점수, 시상, 증서까지.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open an edition…</source>
        <translation>대회 파일 열기…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The secretariat&apos;s file of a competition (.db).</source>
        <translation>사무국의 대회 파일 (.db).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a judge&apos;s package…</source>
        <translation>심사위원 패키지 열기…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The file the secretariat sent you to score applications, even offline.</source>
        <translation>사무국이 보낸 채점용 파일. 오프라인에서도 채점할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a new edition…</source>
        <translation>새 대회 만들기…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a competition: name and year; then import criteria, applications and judges.</source>
        <translation>대회 시작: 이름과 연도를 정한 뒤 평가 기준, 신청서, 심사위원을 가져옵니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the demo</source>
        <translation>데모 체험</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The 4th WeGO Awards (2020): 52 applications, 6 judges, ready to explore.</source>
        <translation>제4회 WeGO 어워즈 (2020): 신청서 52건, 심사위원 6명, 바로 둘러볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Recently opened</source>
        <translation>최근에 연 파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version {version}</source>
        <translation>버전 {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the user guide (F1)</source>
        <translation>사용자 안내서 읽기 (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secretariat&apos;s edition step by step, and the judge&apos;s evening</source>
        <translation>사무국의 대회 운영 단계별 안내와 심사위원의 채점 안내</translation>
    </message>
</context>
<context>
    <name>WorkloadModel</name>
    <message>
        <location filename="../../ui/workload.py" line="+43"/>
        <source>Application</source>
        <translation>신청서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>채점</translation>
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
        <translation>PDF 파일 (비워 두면 현재 문서 유지)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application&apos;s PDF document</source>
        <translation>신청서의 PDF 문서</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the PDF document</source>
        <translation>PDF 문서 선택</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now: {file}</source>
        <translation>현재: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No document attached yet.</source>
        <translation>아직 첨부된 문서가 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application&apos;s document</source>
        <translation>신청서 문서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF 문서 (*.pdf);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>_Picker</name>
    <message>
        <location line="-271"/>
        <source>Type to find the judge…</source>
        <translation>심사위원 찾기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find the application…</source>
        <translation>신청서 찾기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find the category…</source>
        <translation>부문 찾기…</translation>
    </message>
</context>
</TS>
