/**
 * Frequent English and Italian words, which the speller never folds onto a word of ours: "though"
 * is not a typo of "tough", nor "thought" of "through". A typo is a word nobody writes on purpose;
 * these are words people write all the time. The English list is drawn from the commonest words of
 * web text; the Italian one from everyday Italian. Words of our own vocabulary match exactly before
 * this list is read, so listing one here changes nothing for it.
 */
const ENGLISH = `
the of and to a in for is on that by this with i you it not or be are from at as your all have new more an
was we will home can us about if page my has search free but our one other do no information time they site
he up may what which their news out use any there see only so his when contact here business who web also now
help get view online first am been would how were me some these its like service than find price date back top
people had list name just over state year day into email two health world next used go work last most products
music buy data make them should product system post her city add policy number such please available support
message after best software then good video well where info rights public books high school through each links
she review years order very privacy book items company read group need many user said does set under general
research university mail full map reviews program life know games way days management part could great united
real item international center must store travel comments made development report off member details line terms
before did send right type because local those using results office education national car design take posted
internet address community within states area want phone shipping reserved subject between forum family long
based code show even black check special prices website index being women much sign file link open today
technology south case project same pages version section own found sports house related security both county
american photo game members power while care network down computer systems three total place end following
download him without per access think north resources current posts big media law control water history pictures
size art personal since including guide shop directory board location change white text small rating rate
government children during return students shopping account times sites level digital profile previous form
events love old main call hours image department title description non insurance another why shall property class
still money quality every listing content country private little visit save tools low reply customer december
compare movies include college value article york man card jobs provide food source author different press learn
sale around print course job process teen room stock training too credit point join science men categories
advanced west sales look english left team estate box conditions select windows photos thread week category note
live large gallery table register however june october november market library really action start series model
features air industry plan human provided yes required second hot accessories cost movie forums march september
better say questions july going medical test friend come server study application cart staff articles feedback
again play looking issues april never users complete street topic comment financial things working against standard
tax person below mobile less got blog party payment equipment login student let programs offers legal above recent
park stores side act problem red give memory performance social august quote language story sell options
experience rates create key body young america important field few east paper single age activities club example
girls additional password latest something road gift question changes night hard texas pay four status browse
issue range building seller court february always result audio light write war offer blue groups easy given files
event release analysis request china making picture needs possible might professional yet month major star areas
future space committee hand sun cards problems london meeting become interest child keep enter share similar
garden schools million added reference companies listed baby learning energy run delivery net popular term film
stories put computers journal reports try welcome central images president notice original head radio until cell
color self council away includes track discussion archive once others entertainment agreement format least
society months log safety friends sure trade edition cars messages marketing tell further updated association able
having provides fun already green studies close common drive specific several gold living collection called short
arts lot ask display limited powered solutions means director daily beach past natural whether due five upon
period planning database says official weather land average done technical window region island record direct
conference environment records district calendar costs style front statement update parts ever early miles sound
resource present applications either ago document word works material bill written talk federal rules final adult
tickets thing centre requirements via cheap kids finance true minutes else mark third rock gifts europe reading
topics bad individual tips plus auto cover usually edit together videos percent fast function fact unit getting
global tech meet far economic player projects often subscribe submit amount watch included feel though bank risk
thanks everything deals various words production commercial weight town heart advertising received choose
treatment newsletter points knowledge magazine error camera girl currently construction toys registered clear
golf receive domain methods chapter makes protection policies loan wide beauty manager position taken sort models
known half cases step engineering simple quick none wireless license friday lake whole annual published later
basic shows corporate church method purchase customers active response practice hardware figure materials fire
holiday chat enough designed along among death writing speed countries loss face brand discount higher effects
created remember standards oil bit yellow political increase advertise kingdom base near environmental thought
stuff french storage doing loans shoes entry stay nature orders availability summary turn mean growth notes
agency king monday european activity copy although drug western income force cash employment overall bay river
commission package contents seen players engine port album regional stop supplies started administration bar
institute views plans double dog build screen exchange types soon sponsored lines electronic continue across
benefits needed season apply someone held anything printer condition effective believe organization effect asked
mind sunday selection lost tour menu volume cross anyone hope silver corporation wish inside solution rather weeks
addition came supply nothing certain executive running lower necessary union according clothing particular fine
names hour gas skills six islands advice career military rental decision leave british huge woman facilities kind
sellers middle move cable opportunities taking values division coming tuesday object appropriate machine length
actually nice score statistics client returns capital follow sample investment sent shown saturday culture band
lead choice went starting thursday courses consumer foreign artist outside furniture levels channel letter mode
ideas wednesday structure fund summer allow degree contract button releases super male matter custom almost took
located multiple distribution editor industrial cause potential song focus late fall featured idea rooms female
responsible communications win associated primary numbers reason tool spring foundation answer voice friendly
schedule documents communication purpose feature comes everyone independent approach physical operating hill maps
deal hold ratings forms glass happy wanted developed thank safe unique survey prior telephone sport ready feed
animal sources population regular secure operations therefore simply evidence station round favorite understand
option master valley recently probably built publications blood cut worldwide improve connection publisher hall
larger networks earth parents impact transfer introduction kitchen strong properties hospital ground overview ship
owners disease excellent paid perfect hair opportunity classic basis command cities express award distance tree
assessment ensure thus wall involved extra especially interface partners budget rated guides success maximum
operation existing quite selected boy beautiful warning forward significant lists technologies owner retail useful
directly manufacturer ways providing rule housing takes bring catalog trying mother authority considered told
traffic joined input strategy feet agent valid modern senior teaching door grand testing trial charge units
instead cool normal wrote enterprise entire educational leading metal positive fitness opinion output funds
greater likely develop employees alternative processing responsibility resolution guest seems publication pass
relations trust session fees components century academic assistance completed expected ring grade organizations
filter vehicle longer consider behind panel floor buying match proposed default require deep morning otherwise
allows rest plant reported hit transportation pool partner authors boards faculty parties mission eye sense
modified pack released stage internal goods recommended born unless detailed race approved background target except
character maintenance ability maybe functions moving brands places pretty yourself etc winter pressure submitted
debt medium television interested core break purposes throughout sets wood itself defined papers playing awards fee
reader virtual device established answers rent remote dark external regarding instructions offered theory enjoy
remove aid surface minimum visual host variety teachers manual block subjects agents increased repair fair civil
understanding fixed wrong beginning hands associates finally updates classes gets sector capacity requires fully
father officer driver businesses dead respect unknown trip worth procedures poor teacher eyes relationship workers
peace traditional showing creative progress benefit funding devices grant agree hear sometimes careers beyond goes
families led themselves transport interesting evaluation accepted former implementation ten complex references
presented flat flow agencies literature respective parent setting scale stand economy highest helpful monthly
critical frame definition secretary path employee chief gives bottom detail laws changed heard begin individuals
clean switch largest guy titles relevant guidelines connect applied weekly described demand square attention
advance skip allowed correct nation selling lots piece sheet firm seven older regulations elements jump module
facility random pricing certificate minister motion looks fashion directions visitors monitor trading calls whose
coverage couple giving chance vision ball ending clients actions listen discuss accept goal successful sold wind
communities situation markets lowest highly publishing appear emergency developing lives currency determine
temperature patient actual historical stone commerce perhaps persons difficult scientific fit tests village
accounts met pain particularly factors coffee settings buyer cultural easily edge functional root closed balance
monitoring graduate shot architecture initial label thinking recommend waste minute provider optional cold
accounting manufacturing sections chair effort phase fields letters context install generally continued foot mass
count techniques quickly dollars claim driving permission heat wild measures generation miss task reduce brought
himself nor component enable exercise guarantee leader alone meetings seconds interests flight fuel walk produced
wait supported freedom argument competition creating premium providers fresh characters factor growing thousands
stream pick hearing eastern entries dates generated signed upper administrative serious prime limit began steps
errors shops efforts informed thoughts worked quantity urban practices reporting essential myself platform load
labor immediately heavy covered recovery integrated configuration comprehensive expert universal protect drop solid
presentation languages became compliance prevent theme rich campaign improvement finding examples saying spirit
claims challenge acceptance strategies seem affairs touch intended towards goals hire suggest branch charges serve
reasons smart talking gave ones avoid manage corner rank element birth interactive requests separate quarter
procedure leadership tables define facts column faith chain identify missing died approximately domestic moved
reach comparison mental moment extended sequence sorry opening damage reserve produce placed truth counter failure
follows weekend dollar bridge native fill movement printing owned approval draft chart played contacts equal
matching offering profit leaders institutions assistant expect yesterday compared determined wholesale workshop gone
kinds extension statements completely teams forces funny brother turned portable tried returned pattern named
earlier dedicated direction objects ends delete evening assembly signal issued powerful dream obtained false felt
personnel passed identified falls promote stated professionals appears carry decided covers advantage maintain
priority adults estimated brief ended winning eight straight served wants prepared alert integration interview mix
framework installed clearly fix handle desk criteria vice associate behavior frequently revenue measure changing
duty looked discussions gain experts signs lack depth whatever exactly explore concept nearly eligible reality
forgot handling origin knew billion destination faster intelligence bought nations route followed broken speak
decisions industries partnership expression equity provisions speech principles suggestions rural shared sounds
replacement strategic judge economics forced compatible fight height zero speaker consulting offices designer
remain managed failed secret leads negative perform healthy estimates assets injury lawyer figures married
protected proposal sharing waiting fail officials toward slightly assist conduct contained calling serving matters
relationships wear controls breaking combined ultimate representative frequency introduced minor finish departments
noted displayed reduced rare spent performed extreme reviewed row forecast removed helps cycle amounts contain
accuracy rise sleep famous writer chairman dynamic permanent practical delivered infrastructure exclusive seat
concerns vendor originally philosophy regulation officers reduction aim referred supports regions junior meaning
tip secondary wonderful mine guess agreed prevention whom import posting presence instant mentioned automatic
viewing maintained increasing majority connected aspects ahead participation manner combination despite strength
guaranteed proper distributed degrees enterprises fear seeking standing comfort kept appeal bonus certification
previously buildings beat becomes drives achieve positions subscription dealer contemporary nearby happen exposure
hide signature refer clothes caused certainly indeed slow removal easier liability mostly spot factory interior
revised grow promotion relative amazing identity conversion feeling hidden reasonable influence ratio importance
onto copies permit seeing proof represent pair ideal recorded pieces finished stress runs trends yeah discover
patterns aware shape evolution objectives suggested remains greatest firms concerned operator structures usage
competitive exist suppliers compact tracking attempt receiving matches accurate climate managing raw differences
walking explain smaller newest establish happened expressed extent sharp compensation managers conflict conducted
employer occur percentage knows describe concern requested citizens heritage immediate holding trouble spread coach
expand supporting audience assigned participate specialist affect experienced investigation raised directed
helping affected totally expenses indicate lose seek experiences extremely contracts concerning developers
equivalent agenda anyway continues advisory curriculum logic circle responses circumstances investor leaving
speaking respond plain exit entered launch checking guidance enforcement setup booking fiscal styles bond channels
portion scope supplier controlled requirement authorities debate representatives starts causes learned
transactions historic attached opened authorized upcoming retirement scores financing efficiency adopted efficient
commitment constant linked interviews concepts deliver wonder lessons begins qualified reform treated discovery
draw relating assume confidence alliance confirm warm neither leaves engineer lifestyle consistent replace
connections inventory organisation checks reached becoming objective indicated enabled tested exact bound formal
dimensions contribute showed challenges recognition presents encourage consumers cancel limits territory
transaction delay initiative execution increases winner candidate truly committed extensive affordable perspective
planned watching consideration discounts buyers broad chosen demo hate behalf salary properly saving remaining
resume twenty newly raise prepare depending expansion vary hundreds helped purchased decide consent visiting
performing contest collected suitable absolutely millions audit push findings implement scheduled typical yours sum
significantly temporary attend sending tonight sufficient awareness contribution measurement formula reliable
consultation doubt earn unable periods tasks resistance biggest forth candidates ordered transition happens
preferences split powers bits twice classification focused asking normally suit shift sit marks flexible
numerous relatively satisfaction represents superior preferred saved paying choices spending comfortable
interaction listening effectively crisis outlook massive employed bright treat formed experimental revolution
earnings dependent mystery journey consultants risks applicant cooperation acquisition implemented recognized
licensing stands teach occurred rapid pull diversity reverse deposit specify sensitive formats depends holds
improvements specification possibly typically representation regard exists arrangements conferences strike
consumption narrow afternoon threat surveys sitting putting consultant ownership willing acting heads stored
strange sustainable mention innovation employers parallel operate stable lesson asset scan reaction enhanced severe
generate exception lived duration bulk successfully primarily tight capabilities contrast recommendation
recruitment organized adoption improving expensive meant capture explained desire expertise mechanism meets welfare
peer caught eventually marked driven measured agreements considering innovative conclusion closing thousand legend
collaboration detection inner formation entity duties valuable tone ethics forever busy imagine brings dealing
commit tiny operational gap sides turns corresponding descriptions determination proud excess achieved approaches
usual appeared ongoing worst era convert possibility analyst dangerous exciting reliability unfortunately
respectively pleasure oriented quiet luck represented responsibilities carefully productivity investors principle
picks calculated applies appearance craft apart fellow gross strongly familiar capable involving investing mainly
finds situations fifth vertical structural describes occurs absolute consists substance prohibited addressed lies
initiatives interpretation taught worker optimization prove discovered breaks restrictions promise thin prefer
bringing evaluate collect composition definitely turning existence developments mutual pipeline necessarily
everyday apparently surrounding moves popularity inquiry trend visible obviously worse fundamental somewhat
substantial progressive impossible tells obvious passing explanation commons emphasis okay aspect workplace awesome
confirmed counts desired closer assumes expense venture involvement extend subsequent adequate hence entirely
replaced losses reducing stopped occupation closely seriously elsewhere conservative effectiveness abroad
demonstrate suggests operated experiment targets overseas purchases invited assignment partial everybody ranking
acceptable satisfied glad wins verify trusted rep receipt supposed ordinary nobody violation apply boss pride
expectations independence knowing personally plenty solo ignore excellence wealth somewhere recognize outcomes
whenever lifetime telling fairly intelligent segment realize regardless rising insight lucky latter repeat
appreciate expanded casual grown regularly believed tend partly tradition folks exposed boost founded keeps tough
conversation decrease capability producing contributed solve minority diverse facing passion maintaining sight weak
wise correctly consequences integrity worry pleased danger widely genuine raising implications roles intermediate
emotional bigger versus combine exceed fault introduce compiled revealed specialists examine slowly communicate
promoting sectors grounds fits hurt unlike proven involves quarterly profits achievement limitations convenient
noticed talent flexibility wisdom elite acquired assess attempts advantages earned alternatives pending unusual
answered partnerships increasingly routine basically conventional sought attitude engaged falling basics difficulty
collective dropped pace besides wage moments representing observation feels opposition confirmation supervisor
assumed belief decline priorities timing liked adopt denied incredible outer workforce realized decade tired
everywhere honest somebody reputation qualifications creator fame specialized criticism retired remarks initially
mistake eliminate preference fewer proxy establishing perfectly instantly cultures examined resulted informational
ethical struggle schemes neutral prospective ultimately joining heading equally artificial crossing considerable
resolved constantly resolve frequent hospitality afford quit distinct highlight hopefully brilliant spoken evaluated
stayed assignments seeks depend differ ranging virtually formerly comparative strictly surprised gains renewal
opposed deemed expenditure critics similarly margin solely collaborative thinks suggestion aimed harm repeated
logistics significance scenario faced solving intensive engage crucial mandatory boundaries threats reaching
damaged proved burden starter likes occasionally attending explicit calculation exceptional anxiety prompt minds
annually considerations pays delivers arranged essentially designing qualify hopes assessments advised ranges
isolated interim approve chose compound intensity technological addressing concluded locally desperate
demonstration anticipated payroll
`;

const ITALIAN = `
il lo la i gli le un uno una di a da in con su per tra fra e o ma se che non si mi ti ci vi ne come anche
piu meno molto poco tanto troppo tutto tutti tutta tutte altro altri altra altre questo questa questi queste
quello quella quelli quelle chi cosa quale quali quanto quanti quanta quante dove quando perche perché mentre
dopo prima sempre mai ancora gia già solo soltanto proprio ogni ciascuno qualche nessuno niente nulla qualcosa
qualcuno essere avere fare dire andare venire potere volere dovere sapere stare dare vedere sentire parlare
pensare credere trovare lasciare prendere portare mettere tenere chiedere rispondere lavorare aiutare capire
conoscere diventare restare sembrare cominciare finire cercare passare entrare uscire vivere scrivere leggere
sono sei siamo siete era erano sara sarà stato stata stati ho hai ha abbiamo avete hanno avevo aveva faccio fai
fa facciamo fate fanno posso puoi puo può possiamo potete possono devo devi deve dobbiamo dovete devono voglio
vuoi vuole vogliamo volete vogliono so sai sa sappiamo sanno sto stai sta stiamo state stanno vado vai va
andiamo vanno vengo vieni viene veniamo vengono dico dici dice diciamo dicono bene male meglio peggio grande
piccolo nuovo vecchio giovane primo ultimo stesso stessa buono buona bello bella vero vera giusto sbagliato
facile difficile importante possibile necessario diverso diversa uguale simile altro lungo breve alto basso
forte debole pieno vuoto ricco povero caro libero tempo anno anni giorno giorni settimana mese mesi ora ore
volta volte momento oggi ieri domani adesso allora poi dunque quindi infatti invece pero però oppure cioe cioè
magari forse davvero certo certamente soprattutto almeno circa quasi insieme fuori dentro sopra sotto davanti
dietro vicino lontano casa lavoro persona persone uomo donna ragazzo ragazza bambino famiglia amico amici
gente mondo paese citta città parte modo cosa cose fatto fatti caso problema problemi domanda domande
risposta esempio storia vita mano occhi testa parola parole nome numero punto idea ragione mezzo fine inizio
base livello sistema gruppo servizio prodotto prezzo costo mercato cliente clienti azienda aziende impresa
societa società ufficio progetto risultato risultati obiettivo processo attivita attività esperienza
formazione settore ambito sviluppo crescita gestione controllo analisi strategia piano rapporto relazione
comunicazione informazione informazioni tecnologia dati qualita qualità valore valori lavori attuale
attuali generale generali specifico particolare principale principali normale semplice chiaro chiara
pubblico privato sociale economico tecnico commerciale finanziario personale interno esterno nazionale locale
grazie prego scusa ciao buongiorno buonasera allora ecco beh boh tipo ok okay comunque praticamente
esattamente veramente sicuramente probabilmente naturalmente abbastanza piuttosto parecchio nemmeno neanche
neppure ovvero ossia nonostante sebbene benche benché affinche affinché finche finché appena subito presto
tardi spesso talvolta qualche volta di solito solitamente normalmente generalmente
`;

/** Words the speller leaves as they are. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `${ENGLISH} ${ITALIAN}`.normalize('NFD').replace(/\p{M}/gu, '').split(/\s+/).filter(Boolean),
);
