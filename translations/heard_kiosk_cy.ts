<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>heard::AdultSetup</name>
    <message>
        <source>Adult mode</source>
        <translation type="unfinished">Modd oedolyn</translation>
    </message>
    <message>
        <source>Set up the survey for the next child</source>
        <translation type="unfinished">Paratoi&apos;r arolwg ar gyfer y plentyn nesaf</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation type="unfinished">Y sesiwn ddiwethaf</translation>
    </message>
    <message>
        <source>What happened when the tablet was handed back</source>
        <translation type="unfinished">Beth ddigwyddodd pan gafodd y dabled ei rhoi&apos;n ôl</translation>
    </message>
    <message>
        <source>This device</source>
        <translation type="unfinished">Y ddyfais hon</translation>
    </message>
    <message>
        <source>Device status; never shows any answer</source>
        <translation type="unfinished">Statws y ddyfais; nid yw byth yn dangos unrhyw ateb</translation>
    </message>
    <message>
        <source>Device status</source>
        <translation type="unfinished">Statws y ddyfais</translation>
    </message>
    <message>
        <source>Answers waiting to upload, enrolment and notices</source>
        <translation type="unfinished">Atebion sy&apos;n aros i gael eu huwchlwytho, cofrestru a hysbysiadau</translation>
    </message>
    <message>
        <source>Next child</source>
        <translation type="unfinished">Y plentyn nesaf</translation>
    </message>
    <message>
        <source>Choices for the next child&apos;s survey</source>
        <translation type="unfinished">Dewisiadau ar gyfer arolwg y plentyn nesaf</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished">Arolwg</translation>
    </message>
    <message>
        <source>Choose the survey for the child&apos;s age</source>
        <translation type="unfinished">Dewiswch yr arolwg ar gyfer oed y plentyn</translation>
    </message>
    <message>
        <source>Ages %1: %2</source>
        <translation type="unfinished">Oed %1: %2</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Iaith</translation>
    </message>
    <message>
        <source>The languages this survey is written in</source>
        <translation type="unfinished">Yr ieithoedd y mae&apos;r arolwg hwn ar gael ynddynt</translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation type="unfinished">Darllen yn uchel</translation>
    </message>
    <message>
        <source>Off, on when the child taps a speaker, or reading everything aloud</source>
        <translation type="unfinished">I ffwrdd, ymlaen pan fydd y plentyn yn tapio seinydd, neu&apos;n darllen popeth yn uchel</translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished">I ffwrdd</translation>
    </message>
    <message>
        <source>On: tap a speaker to listen</source>
        <translation type="unfinished">Ymlaen: tapio seinydd i wrando</translation>
    </message>
    <message>
        <source>Read everything aloud</source>
        <translation type="unfinished">Darllen popeth yn uchel</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">Maint y testun</translation>
    </message>
    <message>
        <source>Bigger text and buttons</source>
        <translation type="unfinished">Testun a botymau mwy</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>Yellow and white on black</source>
        <translation type="unfinished">Melyn a gwyn ar ddu</translation>
    </message>
    <message>
        <source>Single-switch scanning</source>
        <translation type="unfinished">Sganio ag un switsh</translation>
    </message>
    <message>
        <source>Highlights each button in turn; Enter or the switch chooses</source>
        <translation type="unfinished">Yn amlygu pob botwm yn ei dro; mae Enter neu&apos;r switsh yn dewis</translation>
    </message>
    <message>
        <source>Scanning pace</source>
        <translation type="unfinished">Cyflymder sganio</translation>
    </message>
    <message>
        <source>Milliseconds each button stays highlighted</source>
        <translation type="unfinished">Am sawl milieiliad mae pob botwm yn aros wedi&apos;i amlygu</translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"> ms</translation>
    </message>
    <message>
        <source>How the survey is done</source>
        <translation type="unfinished">Sut mae&apos;r arolwg yn cael ei wneud</translation>
    </message>
    <message>
        <source>Recorded with the answers so reports can tell modes apart</source>
        <translation type="unfinished">Yn cael ei gofnodi gyda&apos;r atebion fel bod adroddiadau&apos;n gallu gwahaniaethu rhwng y dulliau</translation>
    </message>
    <message>
        <source>Child on their own</source>
        <translation type="unfinished">Y plentyn ar ei ben ei hun</translation>
    </message>
    <message>
        <source>Child with help</source>
        <translation type="unfinished">Y plentyn gyda help</translation>
    </message>
    <message>
        <source>Adult reads aloud</source>
        <translation type="unfinished">Oedolyn yn darllen yn uchel</translation>
    </message>
    <message>
        <source>I have told the child what this survey is for, that it is their choice, and that I will not see their answers.</source>
        <translation type="unfinished">Rydw i wedi dweud wrth y plentyn beth yw pwrpas yr arolwg hwn, mai nhw sy&apos;n dewis, ac na fydda i&apos;n gweld eu hatebion.</translation>
    </message>
    <message>
        <source>Child has been told</source>
        <translation type="unfinished">Mae&apos;r plentyn wedi cael gwybod</translation>
    </message>
    <message>
        <source>Needed before handing over</source>
        <translation type="unfinished">Angen hyn cyn rhoi&apos;r dabled i&apos;r plentyn</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished">Dull cwblhau</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation type="unfinished">Cau&apos;r ciosg</translation>
    </message>
    <message>
        <source>Leave the kiosk app</source>
        <translation type="unfinished">Gadael ap y ciosg</translation>
    </message>
    <message>
        <source>Hand over to the child</source>
        <translation type="unfinished">Rhoi&apos;r dabled i&apos;r plentyn</translation>
    </message>
    <message>
        <source>Starts the survey for the child</source>
        <translation type="unfinished">Yn dechrau&apos;r arolwg i&apos;r plentyn</translation>
    </message>
</context>
<context>
    <name>heard::AudioPlayer</name>
    <message>
        <source>Speech could not be made in time</source>
        <translation type="unfinished">Doedd dim modd creu&apos;r llais mewn pryd</translation>
    </message>
    <message>
        <source>Audio unavailable: no sound device</source>
        <translation type="unfinished">Sain ddim ar gael: dim dyfais sain</translation>
    </message>
    <message>
        <source>Audio unavailable: no recording and no speech synthesiser</source>
        <translation type="unfinished">Sain ddim ar gael: dim recordiad a dim syntheseiddydd lleferydd</translation>
    </message>
    <message>
        <source>Audio unavailable: speech could not be made for this language</source>
        <translation type="unfinished">Sain ddim ar gael: doedd dim modd creu lleferydd ar gyfer yr iaith hon</translation>
    </message>
    <message>
        <source>Audio unavailable: the speech synthesiser did not start</source>
        <translation type="unfinished">Sain ddim ar gael: wnaeth y syntheseiddydd lleferydd ddim dechrau</translation>
    </message>
    <message>
        <source>Audio unavailable: playback failed</source>
        <translation type="unfinished">Sain ddim ar gael: methodd y chwarae</translation>
    </message>
</context>
<context>
    <name>heard::ChildFlow</name>
    <message>
        <source>Survey</source>
        <translation type="unfinished">Arolwg</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">Cwestiwn</translation>
    </message>
    <message>
        <source>One question</source>
        <translation type="unfinished">Un cwestiwn</translation>
    </message>
    <message>
        <source>This answer could not be saved (%1). Earlier answers are safe. Free some space or check the device, then try again, or stop.</source>
        <translation type="unfinished">Doedd dim modd cadw&apos;r ateb hwn (%1). Mae&apos;r atebion cynharach yn ddiogel. Rhyddhewch le neu gwiriwch y ddyfais, yna rhowch gynnig arall, neu stopiwch.</translation>
    </message>
    <message>
        <source>The end of the session could not be saved (%1). The answers given are kept.</source>
        <translation type="unfinished">Doedd dim modd cadw diwedd y sesiwn (%1). Mae&apos;r atebion a roddwyd yn cael eu cadw.</translation>
    </message>
    <message>
        <source>The child asked for their answers to be deleted, but they could not be deleted (%1). Try again from the child&apos;s screen.</source>
        <translation type="unfinished">Gofynnodd y plentyn i&apos;w atebion gael eu dileu, ond doedd dim modd eu dileu (%1). Rhowch gynnig arall o sgrin y plentyn.</translation>
    </message>
</context>
<context>
    <name>heard::ChoiceGridView</name>
    <message>
        <source>Choose as many as fit, then Next</source>
        <translation type="unfinished">Dewisa gymaint ag sy&apos;n addas, yna Nesaf</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">Ateb</translation>
    </message>
</context>
<context>
    <name>heard::CornerHotspot</name>
    <message>
        <source>Adult access</source>
        <translation type="unfinished">Mynediad oedolyn</translation>
    </message>
    <message>
        <source>Hold for a few seconds to ask for the adult PIN</source>
        <translation type="unfinished">Daliwch am ychydig eiliadau i ofyn am PIN yr oedolyn</translation>
    </message>
</context>
<context>
    <name>heard::EndScreen</name>
    <message>
        <source>Your answers have been deleted. Nobody will see them.</source>
        <translation type="unfinished">Mae dy atebion wedi&apos;u dileu. Fydd neb yn eu gweld.</translation>
    </message>
    <message>
        <source>Thank you for your time.</source>
        <translation type="unfinished">Diolch am dy amser.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished">Diolch!</translation>
    </message>
    <message>
        <source>If you want to talk to someone, you can call Childline free on 0800 1111, day or night.</source>
        <translation type="unfinished">Os wyt ti eisiau siarad â rhywun, gelli di ffonio Childline am ddim ar 0800 1111, ddydd neu nos.</translation>
    </message>
    <message>
        <source>Your advocate: %1</source>
        <translation type="unfinished">Dy eiriolwr: %1</translation>
    </message>
    <message>
        <source>Last time, children told us what they think, and this happened: %1</source>
        <translation type="unfinished">Y tro diwethaf, dywedodd plant wrthon ni beth maen nhw’n ei feddwl, a dyma beth ddigwyddodd: %1</translation>
    </message>
    <message>
        <source>Give the tablet back to the grown-up</source>
        <translation type="unfinished">Rho&apos;r dabled yn ôl i&apos;r oedolyn</translation>
    </message>
    <message>
        <source>Finish and hand back</source>
        <translation type="unfinished">Gorffen a rhoi&apos;n ôl</translation>
    </message>
</context>
<context>
    <name>heard::FreeTextView</name>
    <message>
        <source>Reminder</source>
        <translation type="unfinished">Nodyn atgoffa</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation type="unfinished">Dy eiriau di</translation>
    </message>
    <message>
        <source>Optional. You can leave it blank.</source>
        <translation type="unfinished">Dewisol. Gelli di ei adael yn wag.</translation>
    </message>
</context>
<context>
    <name>heard::InfoView</name>
    <message>
        <source>Picture</source>
        <translation type="unfinished">Llun</translation>
    </message>
    <message>
        <source>Your advocate: %1</source>
        <translation type="unfinished">Dy eiriolwr: %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished">Gwybodaeth</translation>
    </message>
    <message>
        <source>this page</source>
        <translation type="unfinished">y dudalen hon</translation>
    </message>
</context>
<context>
    <name>heard::KioskWindow</name>
    <message>
        <source>Heard</source>
        <translation type="unfinished">Heard</translation>
    </message>
    <message>
        <source>Survey kiosk</source>
        <translation type="unfinished">Ciosg arolwg</translation>
    </message>
    <message>
        <source>Thank you! Please give the tablet back to the grown-up.</source>
        <translation type="unfinished">Diolch! Rho&apos;r dabled yn ôl i&apos;r oedolyn, os gweli di&apos;n dda.</translation>
    </message>
    <message>
        <source>Hand-back screen</source>
        <translation type="unfinished">Sgrin rhoi&apos;n ôl</translation>
    </message>
    <message>
        <source>Grown-up: enter PIN</source>
        <translation type="unfinished">Oedolyn: rhowch y PIN</translation>
    </message>
    <message>
        <source>Opens adult mode with the adult PIN</source>
        <translation type="unfinished">Yn agor modd oedolyn gyda PIN yr oedolyn</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished">Llun</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation type="unfinished">Diolch</translation>
    </message>
    <message>
        <source>Answers waiting to upload: %1</source>
        <translation type="unfinished">Atebion sy&apos;n aros i gael eu huwchlwytho: %1</translation>
    </message>
    <message>
        <source>Answers waiting to upload: unknown (%1)</source>
        <translation type="unfinished">Atebion sy&apos;n aros i gael eu huwchlwytho: anhysbys (%1)</translation>
    </message>
    <message>
        <source>Last successful upload: never</source>
        <translation type="unfinished">Uwchlwytho llwyddiannus diwethaf: erioed</translation>
    </message>
    <message>
        <source>Enrolment: not enrolled</source>
        <translation type="unfinished">Cofrestru: heb gofrestru</translation>
    </message>
    <message>
        <source>Notice: %1</source>
        <translation type="unfinished">Hysbysiad: %1</translation>
    </message>
    <message>
        <source>A child is using the survey. Unlocking ends their session; what they answered is kept.</source>
        <translation type="unfinished">Mae plentyn yn defnyddio&apos;r arolwg. Bydd datgloi yn dod â&apos;i sesiwn i ben; bydd yr hyn a atebodd yn cael ei gadw.</translation>
    </message>
    <message>
        <source>Storage problem: %1</source>
        <translation type="unfinished">Problem storio: %1</translation>
    </message>
    <message>
        <source>The survey could not start: %1</source>
        <translation type="unfinished">Doedd dim modd dechrau&apos;r arolwg: %1</translation>
    </message>
    <message>
        <source>The last child finished the survey.</source>
        <translation type="unfinished">Gorffennodd y plentyn diwethaf yr arolwg.</translation>
    </message>
    <message>
        <source>The last child stopped before the end. What they answered is kept.</source>
        <translation type="unfinished">Stopiodd y plentyn diwethaf cyn y diwedd. Mae&apos;r hyn a atebodd yn cael ei gadw.</translation>
    </message>
    <message>
        <source>The last session ended after nobody touched the screen for a while. What was answered is kept.</source>
        <translation type="unfinished">Daeth y sesiwn ddiwethaf i ben ar ôl i neb gyffwrdd â&apos;r sgrin am sbel. Mae&apos;r hyn a atebwyd yn cael ei gadw.</translation>
    </message>
    <message>
        <source>The child asked to talk to someone. Please make time to talk with them.</source>
        <translation type="unfinished">Gofynnodd y plentyn am gael siarad â rhywun. Gwnewch amser i siarad â nhw, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Thank you! Please give the tablet back to the grown-up. They will know you want to talk.</source>
        <translation type="unfinished">Diolch! Rho&apos;r dabled yn ôl i&apos;r oedolyn, os gweli di&apos;n dda. Byddan nhw&apos;n gwybod dy fod ti eisiau siarad.</translation>
    </message>
    <message>
        <source>The last child chose not to keep their answers: everything they answered has been deleted from this tablet.</source>
        <translation type="unfinished">Dewisodd y plentyn diwethaf beidio â chadw ei atebion: mae popeth a atebodd wedi&apos;i ddileu o&apos;r dabled hon.</translation>
    </message>
    <message>
        <source>Last successful upload: %1</source>
        <translation type="unfinished">Uwchlwytho llwyddiannus diwethaf: %1</translation>
    </message>
    <message>
        <source>Enrolment: enrolled with %1</source>
        <translation type="unfinished">Cofrestru: wedi cofrestru gyda %1</translation>
    </message>
    <message>
        <source>Upload problem: %1</source>
        <translation type="unfinished">Problem uwchlwytho: %1</translation>
    </message>
    <message>
        <source>Answers the inbox refused, kept on this device: %1. Tell the LA; they can be exported with heard-device export.</source>
        <translation type="unfinished">Atebion a wrthododd y blwch derbyn, a gedwir ar y ddyfais hon: %1. Dywedwch wrth yr ALl; gellir eu hallforio gyda heard-device export.</translation>
    </message>
</context>
<context>
    <name>heard::LaMessageDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">Iawn</translation>
    </message>
    <message>
        <source>Go on to the questions</source>
        <translation type="unfinished">Ymlaen at y cwestiynau</translation>
    </message>
    <message>
        <source>Last time, children told us what they think. This is what happened:</source>
        <translation type="unfinished">Y tro diwethaf, dywedodd plant wrthon ni beth maen nhw’n ei feddwl. Dyma beth ddigwyddodd:</translation>
    </message>
</context>
<context>
    <name>heard::LadderView</name>
    <message>
        <source>%1 out of 10</source>
        <translation type="unfinished">%1 allan o 10</translation>
    </message>
    <message>
        <source>What the end of the scale means</source>
        <translation type="unfinished">Beth mae pen y raddfa yn ei olygu</translation>
    </message>
</context>
<context>
    <name>heard::MessagePage</name>
    <message>
        <source>Picture</source>
        <translation type="unfinished">Llun</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">Neges</translation>
    </message>
    <message>
        <source>this page</source>
        <translation type="unfinished">y dudalen hon</translation>
    </message>
</context>
<context>
    <name>heard::PauseDialog</name>
    <message>
        <source>Carry on</source>
        <translation type="unfinished">Ymlaen</translation>
    </message>
    <message>
        <source>Show the question again</source>
        <translation type="unfinished">Dangos y cwestiwn eto</translation>
    </message>
    <message>
        <source>Paused. Take your time.</source>
        <translation type="unfinished">Saib. Cymera dy amser.</translation>
    </message>
</context>
<context>
    <name>heard::PictureWords</name>
    <message>
        <source>A sheet of answers torn up and going into a bin</source>
        <translation type="unfinished">Dalen o atebion wedi&apos;i rhwygo ac yn mynd i&apos;r bin</translation>
    </message>
    <message>
        <source>A sheet of answers kept safe in a box</source>
        <translation type="unfinished">Dalen o atebion yn cael ei chadw&apos;n ddiogel mewn bocs</translation>
    </message>
    <message>
        <source>A carry on sign and a stop sign</source>
        <translation type="unfinished">Arwydd dal ati ac arwydd stopio</translation>
    </message>
    <message>
        <source>A heart that says thank you</source>
        <translation type="unfinished">Calon sy&apos;n dweud diolch</translation>
    </message>
    <message>
        <source>People talking</source>
        <translation type="unfinished">Pobl yn siarad</translation>
    </message>
    <message>
        <source>A picture to go with the words</source>
        <translation type="unfinished">Llun i fynd gyda&apos;r geiriau</translation>
    </message>
</context>
<context>
    <name>heard::PinPrompt</name>
    <message>
        <source>Adult PIN</source>
        <translation type="unfinished">PIN oedolyn</translation>
    </message>
    <message>
        <source>Digits only</source>
        <translation type="unfinished">Digidau yn unig</translation>
    </message>
    <message>
        <source>Adult PIN again</source>
        <translation type="unfinished">PIN oedolyn eto</translation>
    </message>
    <message>
        <source>Type the same PIN again</source>
        <translation type="unfinished">Teipiwch yr un PIN eto</translation>
    </message>
    <message>
        <source>Back to the child&apos;s screen</source>
        <translation type="unfinished">Yn ôl i sgrin y plentyn</translation>
    </message>
    <message>
        <source>Leave without unlocking</source>
        <translation type="unfinished">Gadael heb ddatgloi</translation>
    </message>
    <message>
        <source>Adult PIN screen</source>
        <translation type="unfinished">Sgrin PIN oedolyn</translation>
    </message>
    <message>
        <source>Information for the grown-up</source>
        <translation type="unfinished">Gwybodaeth i&apos;r oedolyn</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished">PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished">PIN eto</translation>
    </message>
    <message>
        <source>Set the adult PIN</source>
        <translation type="unfinished">Gosod PIN yr oedolyn</translation>
    </message>
    <message>
        <source>Grown-up: enter the adult PIN</source>
        <translation type="unfinished">Oedolyn: rhowch PIN yr oedolyn</translation>
    </message>
    <message>
        <source>This PIN opens adult mode and unlocks the kiosk. Use at least %1 digits and keep it away from children.</source>
        <translation type="unfinished">Mae&apos;r PIN hwn yn agor modd oedolyn ac yn datgloi&apos;r ciosg. Defnyddiwch o leiaf %1 digid a&apos;i gadw o olwg plant.</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation type="unfinished">Gosod PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Datgloi</translation>
    </message>
    <message>
        <source>Save this PIN</source>
        <translation type="unfinished">Cadw&apos;r PIN hwn</translation>
    </message>
    <message>
        <source>Open adult mode</source>
        <translation type="unfinished">Agor modd oedolyn</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Try again.</source>
        <translation type="unfinished">Dydy&apos;r ddau PIN ddim yr un fath. Rhowch gynnig arall.</translation>
    </message>
</context>
<context>
    <name>heard::ProgressRow</name>
    <message>
        <source>How far you have got</source>
        <translation type="unfinished">Pa mor bell rwyt ti wedi mynd</translation>
    </message>
    <message>
        <source>Screen %1 of about %2</source>
        <translation type="unfinished">Sgrin %1 o tua %2</translation>
    </message>
</context>
<context>
    <name>heard::QuestionView</name>
    <message>
        <source>Picture for the question</source>
        <translation type="unfinished">Llun ar gyfer y cwestiwn</translation>
    </message>
    <message>
        <source>The question</source>
        <translation type="unfinished">Y cwestiwn</translation>
    </message>
    <message>
        <source>Help with the question</source>
        <translation type="unfinished">Help gyda&apos;r cwestiwn</translation>
    </message>
    <message>
        <source>the question</source>
        <translation type="unfinished">y cwestiwn</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation type="unfinished">Dw i ddim yn gwybod</translation>
    </message>
    <message>
        <source>Choose this if you are not sure</source>
        <translation type="unfinished">Dewisa hwn os nad wyt ti&apos;n siŵr</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <translation type="unfinished">Gwell gen i beidio â dweud</translation>
    </message>
    <message>
        <source>Choose this if you don&apos;t want to answer</source>
        <translation type="unfinished">Dewisa hwn os nad wyt ti eisiau ateb</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished">Neidio</translation>
    </message>
    <message>
        <source>Go to the next question without answering</source>
        <translation type="unfinished">Mynd i&apos;r cwestiwn nesaf heb ateb</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Yn ôl</translation>
    </message>
    <message>
        <source>Go back to change an answer</source>
        <translation type="unfinished">Mynd yn ôl i newid ateb</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">Iawn</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished">Nesaf</translation>
    </message>
    <message>
        <source>I understand, carry on</source>
        <translation type="unfinished">Dw i&apos;n deall, ymlaen</translation>
    </message>
    <message>
        <source>Go to the next screen</source>
        <translation type="unfinished">Mynd i&apos;r sgrin nesaf</translation>
    </message>
</context>
<context>
    <name>heard::SessionBar</name>
    <message>
        <source>I want to talk to someone</source>
        <translation type="unfinished">Dw i eisiau siarad â rhywun</translation>
    </message>
    <message>
        <source>Tells the grown-up you want to talk, without showing any answer</source>
        <translation type="unfinished">Yn dweud wrth yr oedolyn dy fod ti eisiau siarad, heb ddangos unrhyw ateb</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Saib</translation>
    </message>
    <message>
        <source>Hides the question until you carry on</source>
        <translation type="unfinished">Yn cuddio&apos;r cwestiwn nes i ti barhau</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished">Stopio</translation>
    </message>
    <message>
        <source>Stop the survey; your answers so far are kept</source>
        <translation type="unfinished">Stopio&apos;r arolwg; mae dy atebion hyd yma yn cael eu cadw</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished">Sain</translation>
    </message>
    <message>
        <source>Sound is not working on this tablet</source>
        <translation type="unfinished">Dydy&apos;r sain ddim yn gweithio ar y dabled hon</translation>
    </message>
    <message>
        <source>The grown-up will know you want to talk</source>
        <translation type="unfinished">Bydd yr oedolyn yn gwybod dy fod ti eisiau siarad</translation>
    </message>
    <message>
        <source>Sound is not working on this tablet. You can read the words.</source>
        <translation type="unfinished">Dydy&apos;r sain ddim yn gweithio ar y dabled hon. Gelli di ddarllen y geiriau.</translation>
    </message>
</context>
<context>
    <name>heard::SpeakerButton</name>
    <message>
        <source>Listen: %1</source>
        <translation type="unfinished">Gwrando: %1</translation>
    </message>
    <message>
        <source>Reads this aloud</source>
        <translation type="unfinished">Yn darllen hwn yn uchel</translation>
    </message>
</context>
<context>
    <name>heard::StillThereDialog</name>
    <message>
        <source>Yes, I&apos;m here</source>
        <translation type="unfinished">Ydw, dw i yma</translation>
    </message>
    <message>
        <source>Carry on with the survey</source>
        <translation type="unfinished">Mynd ymlaen gyda&apos;r arolwg</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">Wyt ti&apos;n dal yna?</translation>
    </message>
</context>
<context>
    <name>heard::StopDialog</name>
    <message>
        <source>Keep my answers</source>
        <translation type="unfinished">Cadw fy atebion</translation>
    </message>
    <message>
        <source>Stop now; the answers you gave are kept</source>
        <translation type="unfinished">Stopio nawr; mae&apos;r atebion a roddaist yn cael eu cadw</translation>
    </message>
    <message>
        <source>Don&apos;t keep my answers</source>
        <translation type="unfinished">Peidiwch â chadw fy atebion</translation>
    </message>
    <message>
        <source>Stop now and delete every answer you gave today</source>
        <translation type="unfinished">Stopio nawr a dileu pob ateb a roddaist heddiw</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished">Ymlaen</translation>
    </message>
    <message>
        <source>Go back to the question</source>
        <translation type="unfinished">Mynd yn ôl i&apos;r cwestiwn</translation>
    </message>
    <message>
        <source>Do you want to stop? That is fine.

You choose: we can keep the answers you gave, or not keep them.</source>
        <translation type="unfinished">Wyt ti eisiau stopio? Mae hynny&apos;n iawn.

Ti sy&apos;n dewis: gallwn gadw&apos;r atebion a roddaist, neu beidio â&apos;u cadw.</translation>
    </message>
</context>
<context>
    <name>heard::StorageProblemPage</name>
    <message>
        <source>Please hand the tablet back to the grown-up.</source>
        <translation type="unfinished">Rho&apos;r dabled yn ôl i&apos;r oedolyn, os gweli di&apos;n dda.</translation>
    </message>
    <message>
        <source>Message for you</source>
        <translation type="unfinished">Neges i ti</translation>
    </message>
    <message>
        <source>For the grown-up: </source>
        <translation type="unfinished">I&apos;r oedolyn: </translation>
    </message>
    <message>
        <source>Message for the grown-up</source>
        <translation type="unfinished">Neges i&apos;r oedolyn</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">Rhowch gynnig arall</translation>
    </message>
    <message>
        <source>Stop the survey</source>
        <translation type="unfinished">Stopio&apos;r arolwg</translation>
    </message>
    <message>
        <source>For the grown-up</source>
        <translation type="unfinished">I&apos;r oedolyn</translation>
    </message>
</context>
<context>
    <name>heard::TalkDialog</name>
    <message>
        <source>Carry on</source>
        <translation type="unfinished">Ymlaen</translation>
    </message>
    <message>
        <source>Go back to the question</source>
        <translation type="unfinished">Mynd yn ôl i&apos;r cwestiwn</translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation type="unfinished">Stopio nawr</translation>
    </message>
    <message>
        <source>Choose whether your answers are kept, then stop</source>
        <translation type="unfinished">Dewis a yw dy atebion yn cael eu cadw, yna stopio</translation>
    </message>
    <message>
        <source>Thank you for telling us. When you give the tablet back, the grown-up will know you want to talk to someone. They will not see your answers.

Do you want to carry on, or stop now?</source>
        <translation type="unfinished">Diolch am ddweud wrthon ni. Pan fyddi di&apos;n rhoi&apos;r dabled yn ôl, bydd yr oedolyn yn gwybod dy fod ti eisiau siarad â rhywun. Fyddan nhw ddim yn gweld dy atebion.

Wyt ti eisiau mynd ymlaen, neu stopio nawr?</translation>
    </message>
</context>
<context>
    <name>heard::WithdrawDialog</name>
    <message>
        <source>Yes, delete my answers</source>
        <translation type="unfinished">Ie, dilëwch fy atebion</translation>
    </message>
    <message>
        <source>Delete every answer you gave today and stop</source>
        <translation type="unfinished">Dileu pob ateb a roddaist heddiw a stopio</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation type="unfinished">Na, mynd yn ôl</translation>
    </message>
    <message>
        <source>Go back to the choice</source>
        <translation type="unfinished">Mynd yn ôl at y dewis</translation>
    </message>
    <message>
        <source>If you don&apos;t want us to keep your answers, we will delete all the answers you gave today. Nobody will see them, not even the grown-up. You will not get into trouble.

Do you want us to delete your answers?</source>
        <translation type="unfinished">Os nad wyt ti eisiau i ni gadw dy atebion, byddwn yn dileu&apos;r holl atebion a roddaist heddiw. Fydd neb yn eu gweld, dim hyd yn oed yr oedolyn. Fyddi di ddim mewn trwbl.

Wyt ti eisiau i ni ddileu dy atebion?</translation>
    </message>
</context>
<context>
    <name>heard::WithdrawProblemDialog</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished">Rhowch gynnig arall</translation>
    </message>
    <message>
        <source>Try again to delete your answers</source>
        <translation type="unfinished">Rhoi cynnig arall ar ddileu dy atebion</translation>
    </message>
    <message>
        <source>Your answers are not deleted yet. Please ask the grown-up to help, then try again.</source>
        <translation type="unfinished">Dydy dy atebion ddim wedi&apos;u dileu eto. Gofyn i&apos;r oedolyn am help, yna rho gynnig arall.</translation>
    </message>
</context>
<context>
    <name>heard::YesNoView</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Na</translation>
    </message>
</context>
</TS>
