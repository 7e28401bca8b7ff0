const Ms="sessionlens.apiKey";function Is(){return sessionStorage.getItem(Ms)}function yo(e){sessionStorage.setItem(Ms,e.trim())}function So(){sessionStorage.removeItem(Ms)}function jr(){const t=new URLSearchParams(location.hash.slice(1)).get("key");t&&(yo(t),history.replaceState(null,"",location.pathname+location.search))}class ft extends Error{constructor(t,s){super(t),this.kind=s}kind}async function bo(e,t){const s=Is();if(!s)throw new ft("Enter an API key to see the data.","unauthenticated");const n=new Headers(t.headers);n.set("Authorization",`Bearer ${s}`);const o=new AbortController,a=setTimeout(()=>o.abort(),3e4);let c;try{c=await fetch(e,{...t,headers:n,signal:o.signal})}catch{throw o.signal.aborted?new ft(`The gateway did not answer within ${3e4/1e3} s; try again later.`,"timeout"):new ft("The gateway cannot be reached; check the connection.","network")}finally{clearTimeout(a)}if(c.status===401)throw new ft("The API key was refused (401 Unauthorized): it is unknown, revoked or expired. Enter a valid key.","unauthenticated");return c}async function ze(e,t={}){const s=await bo("/graphql",{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/json"},body:JSON.stringify({query:e,variables:t})});let n;try{n=await s.json()}catch{throw new ft(`The gateway answered HTTP ${s.status} without JSON.`,"query")}const[o]=n.errors??[];if(o){const a=o.extensions?.code;throw a==="TIMEOUT"?new ft(o.message,"timeout"):new ft(a?`${o.message} (${a})`:o.message,"query")}return n.data??{}}async function Yr(e,t,s,n){const o=new URLSearchParams({query:e,variables:JSON.stringify(t),headers:s}),a=await bo(`/export.csv?${o}`,{method:"GET"});if(!a.ok){const h=(await a.json().catch(()=>({}))).errors?.[0]?.message??`HTTP ${a.status}`;throw new ft(`The export failed: ${h}`,"query")}const c=URL.createObjectURL(await a.blob()),f=document.createElement("a");f.href=c,f.download=n,f.click(),setTimeout(()=>URL.revokeObjectURL(c),1e4)}function w(e,t={},...s){const n=document.createElement(e);for(const[o,a]of Object.entries(t))a===void 0||a===!1||(typeof a=="function"?n.addEventListener(o.slice(2),a):n.setAttribute(o,a===!0?"":String(a)));return Kr(n,...s),n}function Kr(e,...t){for(const s of t)s==null||s===!1||e.appendChild(s instanceof Node?s:document.createTextNode(String(s)))}function Ie(e,t=""){return e==null?"—":typeof e=="number"?t.endsWith("Rate")?`${(e*100).toFixed(1)}%`:Number.isInteger(e)?String(e):e.toFixed(2):typeof e=="boolean"?e?"yes":"no":String(e)}const Jr=2e3,Qr="graphql-transport-ws";let hn=null,Cl=!1,Zr=1,_o;const Nt=new Map;function Ml(e){hn?.send(JSON.stringify(e))}function Eo(e,{document:t,variables:s}){Ml({id:e,type:"subscribe",payload:{query:t,variables:s}})}function To(){const e=`${location.protocol==="https:"?"wss":"ws"}://${location.host}/graphql`,t=new WebSocket(e,Qr);hn=t,Cl=!1,t.onopen=()=>Ml({type:"connection_init",payload:{Authorization:`Bearer ${Is()}`}}),t.onmessage=s=>Xr(JSON.parse(s.data)),t.onclose=s=>{if(hn===t){if(hn=null,s.code===4403){ea(new ft("The API key was refused for live updates: it is unknown, revoked or expired.","unauthenticated"));return}Nt.size>0&&(_o=window.setTimeout(To,Jr))}}}function Xr(e){if(e.type==="connection_ack"){Cl=!0;for(const[s,n]of Nt)Eo(s,n);return}if(e.type==="ping"){Ml({type:"pong"});return}const t=e.id===void 0?void 0:Nt.get(e.id);if(t)if(e.type==="next"&&e.payload&&!Array.isArray(e.payload))t.sink(Promise.resolve(e.payload.data??{}));else if(e.type==="error"&&Array.isArray(e.payload)){Nt.delete(e.id);const[s]=e.payload,n=s?.extensions?.code;t.sink(Promise.reject(new ft(n?`${s.message} (${n})`:String(s?.message),"query")))}else e.type==="complete"&&Nt.delete(e.id)}function ea(e){for(const{sink:t}of Nt.values())t(Promise.reject(e));Nt.clear()}function ta(e,t,s){const n=String(Zr++),o={document:e,variables:t,sink:s};return Nt.set(n,o),hn?Cl&&Eo(n,o):To(),()=>{Nt.delete(n)&&Cl&&Ml({id:n,type:"complete"})}}function na(){Nt.clear(),window.clearTimeout(_o);const e=hn;hn=null,e?.close(1e3)}const la=!0,Le="u-",sa="uplot",ia=Le+"hz",oa=Le+"vt",ra=Le+"title",aa=Le+"wrap",ca=Le+"under",ua=Le+"over",fa=Le+"axis",pn=Le+"off",da=Le+"select",pa=Le+"cursor-x",ha=Le+"cursor-y",ma=Le+"cursor-pt",ga=Le+"legend",wa=Le+"live",va=Le+"inline",ya=Le+"series",Sa=Le+"marker",Ti=Le+"label",ba=Le+"value",sl="width",il="height",tl="top",ki="bottom",Vn="left",cs="right",Ls="#000",Ci=Ls+"0",us="mousemove",Pi="mousedown",fs="mouseup",Ai="mouseenter",xi="mouseleave",qi="dblclick",_a="resize",Ea="scroll",Mi="change",Pl="dppxchange",$s="--",Hn=typeof window<"u",ys=Hn?document:null,On=Hn?window:null,Ta=Hn?navigator:null;let oe,bl;function Ss(){let e=devicePixelRatio;oe!=e&&(oe=e,bl&&_s(Mi,bl,Ss),bl=matchMedia(`(min-resolution: ${oe-.001}dppx) and (max-resolution: ${oe+.001}dppx)`),mn(Mi,bl,Ss),On.dispatchEvent(new CustomEvent(Pl)))}function ct(e,t){if(t!=null){let s=e.classList;!s.contains(t)&&s.add(t)}}function bs(e,t){let s=e.classList;s.contains(t)&&s.remove(t)}function we(e,t,s){e.style[t]=s+"px"}function Pt(e,t,s,n){let o=ys.createElement(e);return t!=null&&ct(o,t),s?.insertBefore(o,n),o}function St(e,t){return Pt("div",e,t)}const Ii=new WeakMap;function Vt(e,t,s,n,o){let a="translate("+t+"px,"+s+"px)",c=Ii.get(e);a!=c&&(e.style.transform=a,Ii.set(e,a),t<0||s<0||t>n||s>o?ct(e,pn):bs(e,pn))}const Li=new WeakMap;function $i(e,t,s){let n=t+s,o=Li.get(e);n!=o&&(Li.set(e,n),e.style.background=t,e.style.borderColor=s)}const Di=new WeakMap;function Ri(e,t,s,n){let o=t+""+s,a=Di.get(e);o!=a&&(Di.set(e,o),e.style.height=s+"px",e.style.width=t+"px",e.style.marginLeft=n?-t/2+"px":0,e.style.marginTop=n?-s/2+"px":0)}const Ds={passive:!0},ka={...Ds,capture:!0};function mn(e,t,s,n){t.addEventListener(e,s,n?ka:Ds)}function _s(e,t,s,n){t.removeEventListener(e,s,Ds)}Hn&&Ss();function At(e,t,s,n){let o;s=s||0,n=n||t.length-1;let a=n<=2147483647;for(;n-s>1;)o=a?s+n>>1:dt((s+n)/2),t[o]<e?s=o:n=o;return e-t[s]<=t[n]-e?s:n}function ko(e){return(s,n,o)=>{let a=-1,c=-1;for(let f=n;f<=o;f++)if(e(s[f])){a=f;break}for(let f=o;f>=n;f--)if(e(s[f])){c=f;break}return[a,c]}}const Co=e=>e!=null,Po=e=>e!=null&&e>0,Il=ko(Co),Ca=ko(Po);function Pa(e,t,s,n=0,o=!1){let a=o?Ca:Il,c=o?Po:Co;[t,s]=a(e,t,s);let f=e[t],p=e[t];if(t>-1)if(n==1)f=e[t],p=e[s];else if(n==-1)f=e[s],p=e[t];else for(let h=t;h<=s;h++){let S=e[h];c(S)&&(S<f?f=S:S>p&&(p=S))}return[f??fe,p??-fe]}function Ll(e,t,s,n){let o=Oi(e),a=Oi(t);e==t&&(o==-1?(e*=s,t/=s):(e/=s,t*=s));let c=s==10?Ft:Ao,f=o==1?dt:bt,p=a==1?bt:dt,h=f(c(Me(e))),S=p(c(Me(t))),m=zn(s,h),v=zn(s,S);return s==10&&(h<0&&(m=de(m,-h)),S<0&&(v=de(v,-S))),n||s==2?(e=m*o,t=v*a):(e=Io(e,m),t=$l(t,v)),[e,t]}function Rs(e,t,s,n){let o=Ll(e,t,s,n);return e==0&&(o[0]=0),t==0&&(o[1]=0),o}const Vs=.1,Vi={mode:3,pad:Vs},rl={pad:0,soft:null,mode:0},Aa={min:rl,max:rl};function Al(e,t,s,n){return Dl(s)?Ni(e,t,s):(rl.pad=s,rl.soft=n?0:null,rl.mode=n?3:0,Ni(e,t,Aa))}function se(e,t){return e??t}function xa(e,t,s){for(t=se(t,0),s=se(s,e.length-1);t<=s;){if(e[t]!=null)return!0;t++}return!1}function Ni(e,t,s){let n=s.min,o=s.max,a=se(n.pad,0),c=se(o.pad,0),f=se(n.hard,-fe),p=se(o.hard,fe),h=se(n.soft,fe),S=se(o.soft,-fe),m=se(n.mode,0),v=se(o.mode,0),q=t-e,x=Ft(q),L=Ze(Me(e),Me(t)),R=Ft(L),z=Me(R-x);(q<1e-24||z>10)&&(q=0,(e==0||t==0)&&(q=1e-24,m==2&&h!=fe&&(a=0),v==2&&S!=-fe&&(c=0)));let E=q||L||1e3,k=Ft(E),y=zn(10,dt(k)),P=E*(q==0?e==0?.1:1:a),_=de(Io(e-P,y/10),24),V=e>=h&&(m==1||m==3&&_<=h||m==2&&_>=h)?h:fe,U=Ze(f,_<V&&e>=V?V:xt(V,_)),N=E*(q==0?t==0?.1:1:c),F=de($l(t+N,y/10),24),A=t<=S&&(v==1||v==3&&F>=S||v==2&&F<=S)?S:-fe,K=xt(p,F>A&&t<=A?A:Ze(A,F));return U==K&&U==0&&(K=100),[U,K]}const qa=new Intl.NumberFormat(Hn?Ta.language:"en-US"),Ns=e=>qa.format(e),pt=Math,kl=pt.PI,Me=pt.abs,dt=pt.floor,qe=pt.round,bt=pt.ceil,xt=pt.min,Ze=pt.max,zn=pt.pow,Oi=pt.sign,Ft=pt.log10,Ao=pt.log2,Ma=(e,t=1)=>pt.sinh(e)*t,ds=(e,t=1)=>pt.asinh(e/t),fe=1/0;function zi(e){return(Ft((e^e>>31)-(e>>31))|0)+1}function Es(e,t,s){return xt(Ze(e,t),s)}function xo(e){return typeof e=="function"}function ee(e){return xo(e)?e:()=>e}const Ia=()=>{},qo=e=>e,Mo=(e,t)=>t,La=e=>null,Ui=e=>!0,Fi=(e,t)=>e==t,$a=/\.\d*?(?=9{6,}|0{6,})/gm,gn=e=>{if($o(e)||Xt.has(e))return e;const t=`${e}`,s=t.match($a);if(s==null)return e;let n=s[0].length-1;if(t.indexOf("e-")!=-1){let[o,a]=t.split("e");return+`${gn(o)}e${a}`}return de(e,n)};function fn(e,t){return gn(de(gn(e/t))*t)}function $l(e,t){return gn(bt(gn(e/t))*t)}function Io(e,t){return gn(dt(gn(e/t))*t)}function de(e,t=0){if($o(e))return e;let s=10**t,n=e*s*(1+Number.EPSILON);return qe(n)/s}const Xt=new Map;function Lo(e){return((""+e).split(".")[1]||"").length}function ul(e,t,s,n){let o=[],a=n.map(Lo);for(let c=t;c<s;c++){let f=Me(c),p=de(zn(e,c),f);for(let h=0;h<n.length;h++){let S=e==10?+`${n[h]}e${c}`:n[h]*p,m=(c>=0?0:f)+(c>=a[h]?0:a[h]),v=e==10?S:de(S,m);o.push(v),Xt.set(v,m)}}return o}const al={},Os=[],Un=[null,null],Qt=Array.isArray,$o=Number.isInteger,Da=e=>e===void 0;function Bi(e){return typeof e=="string"}function Dl(e){let t=!1;if(e!=null){let s=e.constructor;t=s==null||s==Object}return t}function Ra(e){return e!=null&&typeof e=="object"}const Va=Object.getPrototypeOf(Uint8Array),Do="__proto__";function Fn(e,t=Dl){let s;if(Qt(e)){let n=e.find(o=>o!=null);if(Qt(n)||t(n)){s=Array(e.length);for(let o=0;o<e.length;o++)s[o]=Fn(e[o],t)}else s=e.slice()}else if(e instanceof Va)s=e.slice();else if(t(e)){s={};for(let n in e)n!=Do&&(s[n]=Fn(e[n],t))}else s=e;return s}function Pe(e){let t=arguments;for(let s=1;s<t.length;s++){let n=t[s];for(let o in n)o!=Do&&(Dl(e[o])?Pe(e[o],Fn(n[o])):e[o]=Fn(n[o]))}return e}const Na=0,Oa=1,za=2;function Ua(e,t,s){for(let n=0,o,a=-1;n<t.length;n++){let c=t[n];if(c>a){for(o=c-1;o>=0&&e[o]==null;)e[o--]=null;for(o=c+1;o<s&&e[o]==null;)e[a=o++]=null}}}function Fa(e,t){if(Wa(e)){let c=e[0].slice();for(let f=1;f<e.length;f++)c.push(...e[f].slice(1));return Ga(c[0])||(c=Ha(c)),c}let s=new Set;for(let c=0;c<e.length;c++){let p=e[c][0],h=p.length;for(let S=0;S<h;S++)s.add(p[S])}let n=[Array.from(s).sort((c,f)=>c-f)],o=n[0].length,a=new Map;for(let c=0;c<o;c++)a.set(n[0][c],c);for(let c=0;c<e.length;c++){let f=e[c],p=f[0];for(let h=1;h<f.length;h++){let S=f[h],m=Array(o).fill(void 0),v=t?t[c][h]:Oa,q=[];for(let x=0;x<S.length;x++){let L=S[x],R=a.get(p[x]);L===null?v!=Na&&(m[R]=L,v==za&&q.push(R)):m[R]=L}Ua(m,q,o),n.push(m)}}return n}const Ba=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Ha(e){let t=e[0],s=t.length,n=Array(s);for(let a=0;a<n.length;a++)n[a]=a;n.sort((a,c)=>t[a]-t[c]);let o=[];for(let a=0;a<e.length;a++){let c=e[a],f=Array(s);for(let p=0;p<s;p++)f[p]=c[n[p]];o.push(f)}return o}function Wa(e){let t=e[0][0],s=t.length;for(let n=1;n<e.length;n++){let o=e[n][0];if(o.length!=s)return!1;if(o!=t){for(let a=0;a<s;a++)if(o[a]!=t[a])return!1}}return!0}function Ga(e,t=100){const s=e.length;if(s<=1)return!0;let n=0,o=s-1;for(;n<=o&&e[n]==null;)n++;for(;o>=n&&e[o]==null;)o--;if(o<=n)return!0;const a=Ze(1,dt((o-n+1)/t));for(let c=e[n],f=n+a;f<=o;f+=a){const p=e[f];if(p!=null){if(p<=c)return!1;c=p}}return!0}const Ro=["January","February","March","April","May","June","July","August","September","October","November","December"],Vo=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function No(e){return e.slice(0,3)}const ja=Vo.map(No),Ya=Ro.map(No),Ka={MMMM:Ro,MMM:Ya,WWWW:Vo,WWW:ja};function nl(e){return(e<10?"0":"")+e}function Ja(e){return(e<10?"00":e<100?"0":"")+e}const Qa={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>nl(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>nl(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>nl(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>nl(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>nl(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Ja(e.getMilliseconds())};function zs(e,t){t=t||Ka;let s=[],n=/\{([a-z]+)\}|[^{]+/gi,o;for(;o=n.exec(e);)s.push(o[0][0]=="{"?Qa[o[1]]:o[0]);return a=>{let c="";for(let f=0;f<s.length;f++)c+=typeof s[f]=="string"?s[f]:s[f](a,t);return c}}const Za=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Xa(e,t){let s;return t=="UTC"||t=="Etc/UTC"?s=new Date(+e+e.getTimezoneOffset()*6e4):t==Za?s=e:(s=new Date(e.toLocaleString("en-US",{timeZone:t})),s.setMilliseconds(e.getMilliseconds())),s}const Oo=e=>e%1==0,xl=[1,2,2.5,5],ec=ul(10,-32,0,xl),zo=ul(10,0,32,xl),tc=zo.filter(Oo),dn=ec.concat(zo),Us=`
`,Uo="{YYYY}",Hi=Us+Uo,Fo="{M}/{D}",ol=Us+Fo,_l=ol+"/{YY}",Bo="{aa}",nc="{h}:{mm}",Nn=nc+Bo,Wi=Us+Nn,Gi=":{ss}",ae=null;function Ho(e){let t=e*1e3,s=t*60,n=s*60,o=n*24,a=o*30,c=o*365,p=(e==1?ul(10,0,3,xl).filter(Oo):ul(10,-3,0,xl)).concat([t,t*5,t*10,t*15,t*30,s,s*5,s*10,s*15,s*30,n,n*2,n*3,n*4,n*6,n*8,n*12,o,o*2,o*3,o*4,o*5,o*6,o*7,o*8,o*9,o*10,o*15,a,a*2,a*3,a*4,a*6,c,c*2,c*5,c*10,c*25,c*50,c*100]);const h=[[c,Uo,ae,ae,ae,ae,ae,ae,1],[o*28,"{MMM}",Hi,ae,ae,ae,ae,ae,1],[o,Fo,Hi,ae,ae,ae,ae,ae,1],[n,"{h}"+Bo,_l,ae,ol,ae,ae,ae,1],[s,Nn,_l,ae,ol,ae,ae,ae,1],[t,Gi,_l+" "+Nn,ae,ol+" "+Nn,ae,Wi,ae,1],[e,Gi+".{fff}",_l+" "+Nn,ae,ol+" "+Nn,ae,Wi,ae,1]];function S(m){return(v,q,x,L,R,z)=>{let E=[],k=R>=c,y=R>=a&&R<c,P=m(x),_=de(P*e,3),V=ps(P.getFullYear(),k?0:P.getMonth(),y||k?1:P.getDate()),U=de(V*e,3);if(y||k){let N=y?R/a:0,F=k?R/c:0,A=_==U?_:de(ps(V.getFullYear()+F,V.getMonth()+N,1)*e,3),K=new Date(qe(A/e)),O=K.getFullYear(),j=K.getMonth();for(let W=0;A<=L;W++){let te=ps(O+F*W,j+N*W,1),G=te-m(de(te*e,3));A=de((+te+G)*e,3),A<=L&&E.push(A)}}else{let N=R>=o?o:R,F=dt(x)-dt(_),A=U+F+$l(_-U,N);E.push(A);let K=m(A),O=K.getHours()+K.getMinutes()/s+K.getSeconds()/n,j=R/n,W=v.axes[q]._space,te=z/W;for(;A=de(A+R,e==1?0:3),!(A>L);)if(j>1){let G=dt(de(O+j,6))%24,ne=m(A).getHours()-G;ne>1&&(ne=-1),A-=ne*n,O=(O+j)%24;let ce=E[E.length-1];de((A-ce)/R,3)*te>=.7&&E.push(A)}else E.push(A)}return E}}return[p,h,S]}const[lc,sc,ic]=Ho(1),[oc,rc,ac]=Ho(.001);ul(2,-53,53,[1]);function ji(e,t){return e.map(s=>s.map((n,o)=>o==0||o==8||n==null?n:t(o==1||s[8]==0?n:s[1]+n)))}function Yi(e,t){return(s,n,o,a,c)=>{let f=t.find(x=>c>=x[0])||t[t.length-1],p,h,S,m,v,q;return n.map(x=>{let L=e(x),R=L.getFullYear(),z=L.getMonth(),E=L.getDate(),k=L.getHours(),y=L.getMinutes(),P=L.getSeconds(),_=R!=p&&f[2]||z!=h&&f[3]||E!=S&&f[4]||k!=m&&f[5]||y!=v&&f[6]||P!=q&&f[7]||f[1];return p=R,h=z,S=E,m=k,v=y,q=P,_(L)})}}function cc(e,t){let s=zs(t);return(n,o,a,c,f)=>o.map(p=>s(e(p)))}function ps(e,t,s){return new Date(e,t,s)}function Ki(e,t){return t(e)}const uc="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Ji(e,t){return(s,n,o,a)=>a==null?$s:t(e(n))}function fc(e,t){let s=e.series[t];return s.width?s.stroke(e,t):s.points.width?s.points.stroke(e,t):null}function dc(e,t){return e.series[t].fill(e,t)}const pc={show:!0,live:!0,isolate:!1,mount:Ia,markers:{show:!0,width:2,stroke:fc,fill:dc,dash:"solid"},idx:null,idxs:null,values:[]};function hc(e,t){let s=e.cursor.points,n=St(),o=s.size(e,t);we(n,sl,o),we(n,il,o);let a=o/-2;we(n,"marginLeft",a),we(n,"marginTop",a);let c=s.width(e,t,o);return c&&we(n,"borderWidth",c),n}function mc(e,t){let s=e.series[t].points;return s._fill||s._stroke}function gc(e,t){let s=e.series[t].points;return s._stroke||s._fill}function wc(e,t){return e.series[t].points.size}const hs=[0,0];function vc(e,t,s){return hs[0]=t,hs[1]=s,hs}function El(e,t,s,n=!0){return o=>{o.button==0&&(!n||o.target==t)&&s(o)}}function ms(e,t,s,n=!0){return o=>{(!n||o.target==t)&&s(o)}}const yc={show:!0,x:!0,y:!0,lock:!1,move:vc,points:{one:!1,show:hc,size:wc,width:0,stroke:gc,fill:mc},bind:{mousedown:El,mouseup:El,click:El,dblclick:El,mousemove:ms,mouseleave:ms,mouseenter:ms},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,s,n,o)=>n-o,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Wo={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Fs=Pe({},Wo,{filter:Mo}),Go=Pe({},Fs,{size:10}),jo=Pe({},Wo,{show:!1}),Bs='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Yo="bold "+Bs,Ko=1.5,Qi={show:!0,scale:"x",stroke:Ls,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Yo,side:2,grid:Fs,ticks:Go,border:jo,font:Bs,lineGap:Ko,rotate:0},Sc="Value",bc="Time",Zi={show:!0,scale:"x",auto:!1,sorted:1,min:fe,max:-fe,idxs:[]};function _c(e,t,s,n,o){return t.map(a=>a==null?"":Ns(a))}function Ec(e,t,s,n,o,a,c){let f=[],p=Xt.get(o)||0;s=c?s:de($l(s,o),p);for(let h=s;h<=n;h=de(h+o,p))f.push(Object.is(h,-0)?0:h);return f}function Ts(e,t,s,n,o,a,c){const f=[],p=e.scales[e.axes[t].scale].log,h=p==10?Ft:Ao,S=dt(h(s));o=zn(p,S),p==10&&(o=dn[At(o,dn)]);let m=s,v=o*p;p==10&&(v=dn[At(v,dn)]);do f.push(m),m=m+o,p==10&&!Xt.has(m)&&(m=de(m,Xt.get(o))),m>=v&&(o=m,v=o*p,p==10&&(v=dn[At(v,dn)]));while(m<=n);return f}function Tc(e,t,s,n,o,a,c){let p=e.scales[e.axes[t].scale].asinh,h=n>p?Ts(e,t,Ze(p,s),n,o):[p],S=n>=0&&s<=0?[0]:[];return(s<-p?Ts(e,t,Ze(p,-n),-s,o):[p]).reverse().map(v=>-v).concat(S,h)}const Jo=/./,kc=/[12357]/,Cc=/[125]/,Xi=/1/,ks=(e,t,s,n)=>e.map((o,a)=>t==4&&o==0||a%n==0&&s.test(o.toExponential()[o<0?1:0])?o:null);function Pc(e,t,s,n,o){let a=e.axes[s],c=a.scale,f=e.scales[c],p=e.valToPos,h=a._space,S=p(10,c),m=p(9,c)-S>=h?Jo:p(7,c)-S>=h?kc:p(5,c)-S>=h?Cc:Xi;if(m==Xi){let v=Me(p(1,c)-S);if(v<h)return ks(t.slice().reverse(),f.distr,m,bt(h/v)).reverse()}return ks(t,f.distr,m,1)}function Ac(e,t,s,n,o){let a=e.axes[s],c=a.scale,f=a._space,p=e.valToPos,h=Me(p(1,c)-p(2,c));return h<f?ks(t.slice().reverse(),3,Jo,bt(f/h)).reverse():t}function xc(e,t,s,n){return n==null?$s:t==null?"":Ns(t)}const eo={show:!0,scale:"y",stroke:Ls,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Yo,side:3,grid:Fs,ticks:Go,border:jo,font:Bs,lineGap:Ko,rotate:0};function qc(e,t){let s=3+(e||1)*2;return de(s*t,3)}function Mc(e,t){let{scale:s,idxs:n}=e.series[0],o=e._data[0],a=e.valToPos(o[n[0]],s,!0),c=e.valToPos(o[n[1]],s,!0),f=Me(c-a),p=e.series[t],h=f/(p.points.space*oe);return n[1]-n[0]<=h}const to={scale:null,auto:!0,sorted:0,min:fe,max:-fe},Qo=(e,t,s,n,o)=>o,no={show:!0,auto:!0,sorted:0,gaps:Qo,alpha:1,facets:[Pe({},to,{scale:"x"}),Pe({},to,{scale:"y"})]},lo={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Qo,alpha:1,points:{show:Mc,filter:null},values:null,min:fe,max:-fe,idxs:[],path:null,clip:null};function Ic(e,t,s,n,o){return s/10}const Zo={time:la,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Lc=Pe({},Zo,{time:!1,ori:1}),so={};function Xo(e,t){let s=so[e];return s||(s={key:e,plots:[],sub(n){s.plots.push(n)},unsub(n){s.plots=s.plots.filter(o=>o!=n)},pub(n,o,a,c,f,p,h){for(let S=0;S<s.plots.length;S++)s.plots[S]!=o&&s.plots[S].pub(n,o,a,c,f,p,h)}},e!=null&&(so[e]=s)),s}const Bn=1,Cs=2;function wn(e,t,s){const n=e.mode,o=e.series[t],a=n==2?e._data[t]:e._data,c=e.scales,f=e.bbox;let p=a[0],h=n==2?a[1]:a[t],S=n==2?c[o.facets[0].scale]:c[e.series[0].scale],m=n==2?c[o.facets[1].scale]:c[o.scale],v=f.left,q=f.top,x=f.width,L=f.height,R=e.valToPosH,z=e.valToPosV;return S.ori==0?s(o,p,h,S,m,R,z,v,q,x,L,Vl,Wn,Ol,tr,lr):s(o,p,h,S,m,z,R,q,v,L,x,Nl,Gn,Gs,nr,sr)}function Hs(e,t){let s=0,n=0,o=se(e.bands,Os);for(let a=0;a<o.length;a++){let c=o[a];c.series[0]==t?s=c.dir:c.series[1]==t&&(c.dir==1?n|=1:n|=2)}return[s,n==1?-1:n==2?1:n==3?2:0]}function $c(e,t,s,n,o){let a=e.mode,c=e.series[t],f=a==2?c.facets[1].scale:c.scale,p=e.scales[f];return o==-1?p.min:o==1?p.max:p.distr==3?p.dir==1?p.min:p.max:0}function Bt(e,t,s,n,o,a){return wn(e,t,(c,f,p,h,S,m,v,q,x,L,R)=>{let z=c.pxRound;const E=h.dir*(h.ori==0?1:-1),k=h.ori==0?Wn:Gn;let y,P;E==1?(y=s,P=n):(y=n,P=s);let _=z(m(f[y],h,L,q)),V=z(v(p[y],S,R,x)),U=z(m(f[P],h,L,q)),N=z(v(a==1?S.max:S.min,S,R,x)),F=new Path2D(o);return k(F,U,N),k(F,_,N),k(F,_,V),F})}function Rl(e,t,s,n,o,a){let c=null;if(e.length>0){c=new Path2D;const f=t==0?Ol:Gs;let p=s;for(let m=0;m<e.length;m++){let v=e[m];if(v[1]>v[0]){let q=v[0]-p;q>0&&f(c,p,n,q,n+a),p=v[1]}}let h=s+o-p,S=10;h>0&&f(c,p,n-S/2,h,n+a+S)}return c}function Dc(e,t,s){let n=e[e.length-1];n&&n[0]==t?n[1]=s:e.push([t,s])}function Ws(e,t,s,n,o,a,c){let f=[],p=e.length;for(let h=o==1?s:n;h>=s&&h<=n;h+=o)if(t[h]===null){let m=h,v=h;if(o==1)for(;++h<=n&&t[h]===null;)v=h;else for(;--h>=s&&t[h]===null;)v=h;let q=a(e[m]),x=v==m?q:a(e[v]),L=m-o;q=c<=0&&L>=0&&L<p?a(e[L]):q;let z=v+o;x=c>=0&&z>=0&&z<p?a(e[z]):x,x>=q&&f.push([q,x])}return f}function io(e){return e==0?qo:e==1?qe:t=>fn(t,e)}function er(e){let t=e==0?Vl:Nl,s=e==0?(o,a,c,f,p,h)=>{o.arcTo(a,c,f,p,h)}:(o,a,c,f,p,h)=>{o.arcTo(c,a,p,f,h)},n=e==0?(o,a,c,f,p)=>{o.rect(a,c,f,p)}:(o,a,c,f,p)=>{o.rect(c,a,p,f)};return(o,a,c,f,p,h=0,S=0)=>{h==0&&S==0?n(o,a,c,f,p):(h=xt(h,f/2,p/2),S=xt(S,f/2,p/2),t(o,a+h,c),s(o,a+f,c,a+f,c+p,h),s(o,a+f,c+p,a,c+p,S),s(o,a,c+p,a,c,S),s(o,a,c,a+f,c,h),o.closePath())}}const Vl=(e,t,s)=>{e.moveTo(t,s)},Nl=(e,t,s)=>{e.moveTo(s,t)},Wn=(e,t,s)=>{e.lineTo(t,s)},Gn=(e,t,s)=>{e.lineTo(s,t)},Ol=er(0),Gs=er(1),tr=(e,t,s,n,o,a)=>{e.arc(t,s,n,o,a)},nr=(e,t,s,n,o,a)=>{e.arc(s,t,n,o,a)},lr=(e,t,s,n,o,a,c)=>{e.bezierCurveTo(t,s,n,o,a,c)},sr=(e,t,s,n,o,a,c)=>{e.bezierCurveTo(s,t,o,n,c,a)};function ir(e){return(t,s,n,o,a)=>wn(t,s,(c,f,p,h,S,m,v,q,x,L,R)=>{let{pxRound:z,points:E}=c,k,y;h.ori==0?(k=Vl,y=tr):(k=Nl,y=nr);const P=de(E.width*oe,3);let _=(E.size-E.width)/2*oe,V=de(_*2,3),U=new Path2D,N=new Path2D,{left:F,top:A,width:K,height:O}=t.bbox;Ol(N,F-V,A-V,K+V*2,O+V*2);const j=W=>{if(p[W]!=null){let te=z(m(f[W],h,L,q)),G=z(v(p[W],S,R,x));k(U,te+_,G),y(U,te,G,_,0,kl*2)}};if(a)a.forEach(j);else for(let W=n;W<=o;W++)j(W);return{stroke:P>0?U:null,fill:U,clip:N,flags:Bn|Cs}})}function or(e){return(t,s,n,o,a,c)=>{n!=o&&(a!=n&&c!=n&&e(t,s,n),a!=o&&c!=o&&e(t,s,o),e(t,s,c))}}const Rc=or(Wn),Vc=or(Gn);function rr(e){const t=se(e?.alignGaps,0);return(s,n,o,a)=>wn(s,n,(c,f,p,h,S,m,v,q,x,L,R)=>{[o,a]=Il(p,o,a);let z=c.pxRound,E=O=>z(m(O,h,L,q)),k=O=>z(v(O,S,R,x)),y,P;h.ori==0?(y=Wn,P=Rc):(y=Gn,P=Vc);const _=h.dir*(h.ori==0?1:-1),V={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Bn},U=V.stroke;let N=!1;if(a-o>=L*4){let O=B=>s.posToVal(B,h.key,!0),j=null,W=null,te,G,Xe,ve=E(f[_==1?o:a]),ne=E(f[o]),ce=E(f[a]),Z=O(_==1?ne+1:ce-1);for(let B=_==1?o:a;B>=o&&B<=a;B+=_){let Ae=f[B],ye=(_==1?Ae<Z:Ae>Z)?ve:E(Ae),re=p[B];ye==ve?re!=null?(G=re,j==null?(y(U,ye,k(G)),te=j=W=G):G<j?j=G:G>W&&(W=G)):re===null&&(N=!0):(j!=null&&P(U,ve,k(j),k(W),k(te),k(G)),re!=null?(G=re,y(U,ye,k(G)),j=W=te=G):(j=W=null,re===null&&(N=!0)),ve=ye,Z=O(ve+_))}j!=null&&j!=W&&Xe!=ve&&P(U,ve,k(j),k(W),k(te),k(G))}else for(let O=_==1?o:a;O>=o&&O<=a;O+=_){let j=p[O];j===null?N=!0:j!=null&&y(U,E(f[O]),k(j))}let[A,K]=Hs(s,n);if(c.fill!=null||A!=0){let O=V.fill=new Path2D(U),j=c.fillTo(s,n,c.min,c.max,A),W=k(j),te=E(f[o]),G=E(f[a]);_==-1&&([G,te]=[te,G]),y(O,G,W),y(O,te,W)}if(!c.spanGaps){let O=[];N&&O.push(...Ws(f,p,o,a,_,E,t)),V.gaps=O=c.gaps(s,n,o,a,O),V.clip=Rl(O,h.ori,q,x,L,R)}return K!=0&&(V.band=K==2?[Bt(s,n,o,a,U,-1),Bt(s,n,o,a,U,1)]:Bt(s,n,o,a,U,K)),V})}function Nc(e){const t=se(e.align,1),s=se(e.ascDesc,!1),n=se(e.alignGaps,0),o=se(e.extend,!1);return(a,c,f,p)=>wn(a,c,(h,S,m,v,q,x,L,R,z,E,k)=>{[f,p]=Il(m,f,p);let y=h.pxRound,{left:P,width:_}=a.bbox,V=ne=>y(x(ne,v,E,R)),U=ne=>y(L(ne,q,k,z)),N=v.ori==0?Wn:Gn;const F={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Bn},A=F.stroke,K=v.dir*(v.ori==0?1:-1);let O=U(m[K==1?f:p]),j=V(S[K==1?f:p]),W=j,te=j;o&&t==-1&&(te=P,N(A,te,O)),N(A,j,O);for(let ne=K==1?f:p;ne>=f&&ne<=p;ne+=K){let ce=m[ne];if(ce==null)continue;let Z=V(S[ne]),B=U(ce);t==1?N(A,Z,O):N(A,W,B),N(A,Z,B),O=B,W=Z}let G=W;o&&t==1&&(G=P+_,N(A,G,O));let[Xe,ve]=Hs(a,c);if(h.fill!=null||Xe!=0){let ne=F.fill=new Path2D(A),ce=h.fillTo(a,c,h.min,h.max,Xe),Z=U(ce);N(ne,G,Z),N(ne,te,Z)}if(!h.spanGaps){let ne=[];ne.push(...Ws(S,m,f,p,K,V,n));let ce=h.width*oe/2,Z=s||t==1?ce:-ce,B=s||t==-1?-ce:ce;ne.forEach(Ae=>{Ae[0]+=Z,Ae[1]+=B}),F.gaps=ne=h.gaps(a,c,f,p,ne),F.clip=Rl(ne,v.ori,R,z,E,k)}return ve!=0&&(F.band=ve==2?[Bt(a,c,f,p,A,-1),Bt(a,c,f,p,A,1)]:Bt(a,c,f,p,A,ve)),F})}function oo(e,t,s,n,o,a,c=fe){if(e.length>1){let f=null;for(let p=0,h=1/0;p<e.length;p++)if(t[p]!==void 0){if(f!=null){let S=Me(e[p]-e[f]);S<h&&(h=S,c=Me(s(e[p],n,o,a)-s(e[f],n,o,a)))}f=p}}return c}function Oc(e){e=e||al;const t=se(e.size,[.6,fe,1]),s=e.align||0,n=e.gap||0;let o=e.radius;o=o==null?[0,0]:typeof o=="number"?[o,0]:o;const a=ee(o),c=1-t[0],f=se(t[1],fe),p=se(t[2],1),h=se(e.disp,al),S=se(e.each,q=>{}),{fill:m,stroke:v}=h;return(q,x,L,R)=>wn(q,x,(z,E,k,y,P,_,V,U,N,F,A)=>{let K=z.pxRound,O=s,j=n*oe,W=f*oe,te=p*oe,G,Xe;y.ori==0?[G,Xe]=a(q,x):[Xe,G]=a(q,x);const ve=y.dir*(y.ori==0?1:-1);let ne=y.ori==0?Ol:Gs,ce=y.ori==0?S:($,pe,xe,bn,nn,Mt,ln)=>{S($,pe,xe,nn,bn,ln,Mt)},Z=se(q.bands,Os).find($=>$.series[0]==x),B=Z!=null?Z.dir:0,Ae=z.fillTo(q,x,z.min,z.max,B),Ge=K(V(Ae,P,A,N)),ye,re,_t,st=F,be=K(z.width*oe),qt=!1,Ot=null,ht=null,Ht=null,vn=null;m!=null&&(be==0||v!=null)&&(qt=!0,Ot=m.values(q,x,L,R),ht=new Map,new Set(Ot).forEach($=>{$!=null&&ht.set($,new Path2D)}),be>0&&(Ht=v.values(q,x,L,R),vn=new Map,new Set(Ht).forEach($=>{$!=null&&vn.set($,new Path2D)})));let{x0:yn,size:jn}=h;if(yn!=null&&jn!=null){O=1,E=yn.values(q,x,L,R),yn.unit==2&&(E=E.map(xe=>q.posToVal(U+xe*F,y.key,!0)));let $=jn.values(q,x,L,R);jn.unit==2?re=$[0]*F:re=_($[0],y,F,U)-_(0,y,F,U),st=oo(E,k,_,y,F,U,st),_t=st-re+j}else st=oo(E,k,_,y,F,U,st),_t=st*c+j,re=st-_t;_t<1&&(_t=0),be>=re/2&&(be=0),_t<5&&(K=qo);let fl=_t>0,en=st-_t-(fl?be:0);re=K(Es(en,te,W)),ye=(O==0?re/2:O==ve?0:re)-O*ve*((O==0?j/2:0)+(fl?be/2:0));const je={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Sn=qt?null:new Path2D;let zt=null;if(Z!=null)zt=q.data[Z.series[1]];else{let{y0:$,y1:pe}=h;$!=null&&pe!=null&&(k=pe.values(q,x,L,R),zt=$.values(q,x,L,R))}let tn=G*re,Q=Xe*re;for(let $=ve==1?L:R;$>=L&&$<=R;$+=ve){let pe=k[$];if(pe==null)continue;if(zt!=null){let et=zt[$]??0;if(pe-et==0)continue;Ge=V(et,P,A,N)}let xe=y.distr!=2||h!=null?E[$]:$,bn=_(xe,y,F,U),nn=V(se(pe,Ae),P,A,N),Mt=K(bn-ye),ln=K(Ze(nn,Ge)),it=K(xt(nn,Ge)),mt=ln-it;if(pe!=null){let et=pe<0?Q:tn,Et=pe<0?tn:Q;qt?(be>0&&Ht[$]!=null&&ne(vn.get(Ht[$]),Mt,it+dt(be/2),re,Ze(0,mt-be),et,Et),Ot[$]!=null&&ne(ht.get(Ot[$]),Mt,it+dt(be/2),re,Ze(0,mt-be),et,Et)):ne(Sn,Mt,it+dt(be/2),re,Ze(0,mt-be),et,Et),ce(q,x,$,Mt-be/2,it,re+be,mt)}}return be>0?je.stroke=qt?vn:Sn:qt||(je._fill=z.width==0?z._fill:z._stroke??z._fill,je.width=0),je.fill=qt?ht:Sn,je})}function zc(e,t){const s=se(t?.alignGaps,0);return(n,o,a,c)=>wn(n,o,(f,p,h,S,m,v,q,x,L,R,z)=>{[a,c]=Il(h,a,c);let E=f.pxRound,k=G=>E(v(G,S,R,x)),y=G=>E(q(G,m,z,L)),P,_,V;S.ori==0?(P=Vl,V=Wn,_=lr):(P=Nl,V=Gn,_=sr);const U=S.dir*(S.ori==0?1:-1);let N=k(p[U==1?a:c]),F=N,A=[],K=[];for(let G=U==1?a:c;G>=a&&G<=c;G+=U)if(h[G]!=null){let ve=p[G],ne=k(ve);A.push(F=ne),K.push(y(h[G]))}const O={stroke:e(A,K,P,V,_,E),fill:null,clip:null,band:null,gaps:null,flags:Bn},j=O.stroke;let[W,te]=Hs(n,o);if(f.fill!=null||W!=0){let G=O.fill=new Path2D(j),Xe=f.fillTo(n,o,f.min,f.max,W),ve=y(Xe);V(G,F,ve),V(G,N,ve)}if(!f.spanGaps){let G=[];G.push(...Ws(p,h,a,c,U,k,s)),O.gaps=G=f.gaps(n,o,a,c,G),O.clip=Rl(G,S.ori,x,L,R,z)}return te!=0&&(O.band=te==2?[Bt(n,o,a,c,j,-1),Bt(n,o,a,c,j,1)]:Bt(n,o,a,c,j,te)),O})}function Uc(e){return zc(Fc,e)}function Fc(e,t,s,n,o,a){const c=e.length;if(c<2)return null;const f=new Path2D;if(s(f,e[0],t[0]),c==2)n(f,e[1],t[1]);else{let p=Array(c),h=Array(c-1),S=Array(c-1),m=Array(c-1);for(let v=0;v<c-1;v++)S[v]=t[v+1]-t[v],m[v]=e[v+1]-e[v],h[v]=S[v]/m[v];p[0]=h[0];for(let v=1;v<c-1;v++)h[v]===0||h[v-1]===0||h[v-1]>0!=h[v]>0?p[v]=0:(p[v]=3*(m[v-1]+m[v])/((2*m[v]+m[v-1])/h[v-1]+(m[v]+2*m[v-1])/h[v]),isFinite(p[v])||(p[v]=0));p[c-1]=h[c-2];for(let v=0;v<c-1;v++)o(f,e[v]+m[v]/3,t[v]+p[v]*m[v]/3,e[v+1]-m[v]/3,t[v+1]-p[v+1]*m[v]/3,e[v+1],t[v+1])}return f}const Ps=new Set;function ro(){for(let e of Ps)e.syncRect(!0)}Hn&&(mn(_a,On,ro),mn(Ea,On,ro,!0),mn(Pl,On,()=>{We.pxRatio=oe}));const Bc=rr(),Hc=ir();function ao(e,t,s,n){return(n?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((a,c)=>As(a,c,t,s))}function Wc(e,t){return e.map((s,n)=>n==0?{}:Pe({},t,s))}function As(e,t,s,n){return Pe({},t==0?s:n,e)}function ar(e,t,s){return t==null?Un:[t,s]}const Gc=ar;function jc(e,t,s){return t==null?Un:Al(t,s,Vs,!0)}function cr(e,t,s,n){return t==null?Un:Ll(t,s,e.scales[n].log,!1)}const Yc=cr;function ur(e,t,s,n){return t==null?Un:Rs(t,s,e.scales[n].log,!1)}const Kc=ur;function Jc(e,t,s,n,o){let a=Ze(zi(e),zi(t)),c=t-e,f=At(o/n*c,s);do{let p=s[f],h=n*p/c;if(h>=o&&a+(p<5?Xt.get(p):0)<=17)return[p,h]}while(++f<s.length);return[0,0]}function co(e){let t,s;return e=e.replace(/(\d+)px/,(n,o)=>(t=qe((s=+o)*oe))+"px"),[e,t,s]}function Qc(e){e.show&&[e.font,e.labelFont].forEach(t=>{let s=de(t[2]*oe,1);t[0]=t[0].replace(/[0-9.]+px/,s+"px"),t[1]=s})}function We(e,t,s){const n={mode:se(e.mode,1)},o=n.mode;function a(l,i,r,u){let d=i.valToPct(l);return u+r*(i.dir==-1?1-d:d)}function c(l,i,r,u){let d=i.valToPct(l);return u+r*(i.dir==-1?d:1-d)}function f(l,i,r,u){return i.ori==0?a(l,i,r,u):c(l,i,r,u)}n.valToPosH=a,n.valToPosV=c;let p=!1;n.status=0;const h=n.root=St(sa);if(e.id!=null&&(h.id=e.id),ct(h,e.class),e.title){let l=St(ra,h);l.textContent=e.title}const S=Pt("canvas"),m=n.ctx=S.getContext("2d"),v=St(aa,h);mn("click",v,l=>{l.target===x&&(he!=In||Se!=Ln)&&Fe.click(n,l)},!0);const q=n.under=St(ca,v);v.appendChild(S);const x=n.over=St(ua,v);e=Fn(e);const L=+se(e.pxAlign,1),R=io(L);(e.plugins||[]).forEach(l=>{l.opts&&(e=l.opts(n,e)||e)});const z=e.ms||.001,E=n.series=o==1?ao(e.series||[],Zi,lo,!1):Wc(e.series||[null],no),k=n.axes=ao(e.axes||[],Qi,eo,!0),y=n.scales={},P=n.bands=e.bands||[];P.forEach(l=>{l.fill=ee(l.fill||null),l.dir=se(l.dir,-1)});const _=o==2?E[1].facets[0].scale:E[0].scale,V={axes:Ir,series:Pr},U=(e.drawOrder||["axes","series"]).map(l=>V[l]);function N(l){const i=l.distr==3?r=>Ft(r>0?r:l.clamp(n,r,l.min,l.max,l.key)):l.distr==4?r=>ds(r,l.asinh):l.distr==100?r=>l.fwd(r):r=>r;return r=>{let u=i(r),{_min:d,_max:g}=l,b=g-d;return(u-d)/b}}function F(l){let i=y[l];if(i==null){let r=(e.scales||al)[l]||al;if(r.from!=null){F(r.from);let u=Pe({},y[r.from],r,{key:l});u.valToPct=N(u),y[l]=u}else{i=y[l]=Pe({},l==_?Zo:Lc,r),i.key=l;let u=i.time,d=i.range,g=Qt(d);if((l!=_||o==2&&!u)&&(g&&(d[0]==null||d[1]==null)&&(d={min:d[0]==null?Vi:{mode:1,hard:d[0],soft:d[0]},max:d[1]==null?Vi:{mode:1,hard:d[1],soft:d[1]}},g=!1),!g&&Dl(d))){let b=d;d=(T,C,M)=>C==null?Un:Al(C,M,b)}i.range=ee(d||(u?Gc:l==_?i.distr==3?Yc:i.distr==4?Kc:ar:i.distr==3?cr:i.distr==4?ur:jc)),i.auto=ee(g?!1:i.auto),i.clamp=ee(i.clamp||Ic),i._min=i._max=null,i.valToPct=N(i)}}}F("x"),F("y"),o==1&&E.forEach(l=>{F(l.scale)}),k.forEach(l=>{F(l.scale)});for(let l in e.scales)F(l);const A=y[_],K=A.distr;let O,j;A.ori==0?(ct(h,ia),O=a,j=c):(ct(h,oa),O=c,j=a);const W={};for(let l in y){let i=y[l];(i.min!=null||i.max!=null)&&(W[l]={min:i.min,max:i.max},i.min=i.max=null)}const te=e.tzDate||(l=>new Date(qe(l/z))),G=e.fmtDate||zs,Xe=z==1?ic(te):ac(te),ve=Yi(te,ji(z==1?sc:rc,G)),ne=Ji(te,Ki(uc,G)),ce=[],Z=n.legend=Pe({},pc,e.legend),B=n.cursor=Pe({},yc,{drag:{y:o==2}},e.cursor),Ae=Z.show,Ge=B.show,ye=Z.markers;Z.idxs=ce,ye.width=ee(ye.width),ye.dash=ee(ye.dash),ye.stroke=ee(ye.stroke),ye.fill=ee(ye.fill);let re,_t,st,be=[],qt=[],Ot,ht=!1,Ht={};if(Z.live){const l=E[1]?E[1].values:null;ht=l!=null,Ot=ht?l(n,1,0):{_:0};for(let i in Ot)Ht[i]=$s}if(Ae)if(re=Pt("table",ga,h),st=Pt("tbody",null,re),Z.mount(n,re),ht){_t=Pt("thead",null,re,st);let l=Pt("tr",null,_t);Pt("th",null,l);for(var vn in Ot)Pt("th",Ti,l).textContent=vn}else ct(re,va),Z.live&&ct(re,wa);const yn={show:!0},jn={show:!1};function fl(l,i){if(i==0&&(ht||!Z.live||o==2))return Un;let r=[],u=Pt("tr",ya,st,st.childNodes[i]);ct(u,l.class),l.show||ct(u,pn);let d=Pt("th",null,u);if(ye.show){let T=St(Sa,d);if(i>0){let C=ye.width(n,i);C&&(T.style.border=C+"px "+ye.dash(n,i)+" "+ye.stroke(n,i)),T.style.background=ye.fill(n,i)}}let g=St(Ti,d);l.label instanceof HTMLElement?g.appendChild(l.label):g.textContent=l.label,i>0&&(ye.show||(g.style.color=l.width>0?ye.stroke(n,i):ye.fill(n,i)),je("click",d,T=>{if(B._lock)return;on(T);let C=E.indexOf(l);if((T.ctrlKey||T.metaKey)!=Z.isolate){let M=E.some((I,D)=>D>0&&D!=C&&I.show);E.forEach((I,D)=>{D>0&&Lt(D,M?D==C?yn:jn:yn,!0,Ce.setSeries)})}else Lt(C,{show:!l.show},!0,Ce.setSeries)},!1),En&&je(Ai,d,T=>{B._lock||(on(T),Lt(E.indexOf(l),Dn,!0,Ce.setSeries))},!1));for(var b in Ot){let T=Pt("td",ba,u);T.textContent="--",r.push(T)}return[u,r]}const en=new Map;function je(l,i,r,u=!0){const d=en.get(i)||{},g=B.bind[l](n,i,r,u);g&&(mn(l,i,d[l]=g),en.set(i,d))}function Sn(l,i,r){const u=en.get(i)||{};for(let d in u)(l==null||d==l)&&(_s(d,i,u[d]),delete u[d]);l==null&&en.delete(i)}let zt=0,tn=0,Q=0,$=0,pe=0,xe=0,bn=pe,nn=xe,Mt=Q,ln=$,it=0,mt=0,et=0,Et=0;n.bbox={};let zl=!1,dl=!1,_n=!1,sn=!1,pl=!1,gt=!1;function Ul(l,i,r){(r||l!=n.width||i!=n.height)&&Ys(l,i),An(!1),_n=!0,dl=!0,xn()}function Ys(l,i){n.width=zt=Q=l,n.height=tn=$=i,pe=xe=0,Sr(),br();let r=n.bbox;it=r.left=fn(pe*oe,.5),mt=r.top=fn(xe*oe,.5),et=r.width=fn(Q*oe,.5),Et=r.height=fn($*oe,.5)}const wr=3;function vr(){let l=!1,i=0;for(;!l;){i++;let r=qr(i),u=Mr(i);l=i==wr||r&&u,l||(Ys(n.width,n.height),dl=!0)}}function yr({width:l,height:i}){Ul(l,i)}n.setSize=yr;function Sr(){let l=!1,i=!1,r=!1,u=!1;k.forEach((d,g)=>{if(d.show&&d._show){let{side:b,_size:T}=d,C=b%2,M=d.label!=null?d.labelSize:0,I=T+M;I>0&&(C?(Q-=I,b==3?(pe+=I,u=!0):r=!0):($-=I,b==0?(xe+=I,l=!0):i=!0))}}),rn[0]=l,rn[1]=r,rn[2]=i,rn[3]=u,Q-=Wt[1]+Wt[3],pe+=Wt[3],$-=Wt[2]+Wt[0],xe+=Wt[0]}function br(){let l=pe+Q,i=xe+$,r=pe,u=xe;function d(g,b){switch(g){case 1:return l+=b,l-b;case 2:return i+=b,i-b;case 3:return r-=b,r+b;case 0:return u-=b,u+b}}k.forEach((g,b)=>{if(g.show&&g._show){let T=g.side;g._pos=d(T,g._size),g.label!=null&&(g._lpos=d(T,g.labelSize))}})}if(B.dataIdx==null){let l=B.hover,i=l.skip=new Set(l.skip??[]);i.add(void 0);let r=l.prox=ee(l.prox),u=l.bias??=0;B.dataIdx=(d,g,b,T)=>{if(g==0)return b;let C=b,M=r(d,g,b,T)??fe,I=M>=0&&M<fe,D=A.ori==0?Q:$,J=B.left,ie=t[0],le=t[g];if(i.has(le[b])){C=null;let X=null,Y=null,H;if(u==0||u==-1)for(H=b;X==null&&H-- >0;)i.has(le[H])||(X=H);if(u==0||u==1)for(H=b;Y==null&&H++<le.length;)i.has(le[H])||(Y=H);if(X!=null||Y!=null)if(I){let ge=X==null?-1/0:O(ie[X],A,D,0),_e=Y==null?1/0:O(ie[Y],A,D,0),Oe=J-ge,ue=_e-J;Oe<=ue?Oe<=M&&(C=X):ue<=M&&(C=Y)}else C=Y==null?X:X==null?Y:b-X<=Y-b?X:Y}else I&&Me(J-O(ie[b],A,D,0))>M&&(C=null);return C}}const on=l=>{B.event=l};B.idxs=ce,B._lock=!1;let He=B.points;He.show=ee(He.show),He.size=ee(He.size),He.stroke=ee(He.stroke),He.width=ee(He.width),He.fill=ee(He.fill);const It=n.focus=Pe({},e.focus||{alpha:.3},B.focus),En=It.prox>=0,Tn=En&&He.one;let wt=[],kn=[],Cn=[];function Ks(l,i){let r=He.show(n,i);if(r instanceof HTMLElement)return ct(r,ma),ct(r,l.class),Vt(r,-10,-10,Q,$),x.insertBefore(r,wt[i]),r}function Js(l,i){if(o==1||i>0){let r=o==1&&y[l.scale].time,u=l.value;l.value=r?Bi(u)?Ji(te,Ki(u,G)):u||ne:u||xc,l.label=l.label||(r?bc:Sc)}if(Tn||i>0){l.width=l.width==null?1:l.width,l.paths=l.paths||Bc||La,l.fillTo=ee(l.fillTo||$c),l.pxAlign=+se(l.pxAlign,L),l.pxRound=io(l.pxAlign),l.stroke=ee(l.stroke||null),l.fill=ee(l.fill||null),l._stroke=l._fill=l._paths=l._focus=null;let r=qc(Ze(1,l.width),1),u=l.points=Pe({},{size:r,width:Ze(1,r*.2),stroke:l.stroke,space:r*2,paths:Hc,_stroke:null,_fill:null},l.points);u.show=ee(u.show),u.filter=ee(u.filter),u.fill=ee(u.fill),u.stroke=ee(u.stroke),u.paths=ee(u.paths),u.pxAlign=l.pxAlign}if(Ae){let r=fl(l,i);be.splice(i,0,r[0]),qt.splice(i,0,r[1]),Z.values.push(null)}if(Ge){ce.splice(i,0,null);let r=null;Tn?i==0&&(r=Ks(l,i)):i>0&&(r=Ks(l,i)),wt.splice(i,0,r),kn.splice(i,0,0),Cn.splice(i,0,0)}Ne("addSeries",i)}function _r(l,i){i=i??E.length,l=o==1?As(l,i,Zi,lo):As(l,i,{},no),E.splice(i,0,l),Js(E[i],i)}n.addSeries=_r;function Er(l){if(E.splice(l,1),Ae){Z.values.splice(l,1),qt.splice(l,1);let i=be.splice(l,1)[0];Sn(null,i.firstChild),i.remove()}Ge&&(ce.splice(l,1),wt.splice(l,1)[0].remove(),kn.splice(l,1),Cn.splice(l,1)),Ne("delSeries",l)}n.delSeries=Er;const rn=[!1,!1,!1,!1];function Tr(l,i){if(l._show=l.show,l.show){let r=l.side%2,u=y[l.scale];u==null&&(l.scale=r?E[1].scale:_,u=y[l.scale]);let d=u.time;l.size=ee(l.size),l.space=ee(l.space),l.rotate=ee(l.rotate),Qt(l.incrs)&&l.incrs.forEach(b=>{!Xt.has(b)&&Xt.set(b,Lo(b))}),l.incrs=ee(l.incrs||(u.distr==2?tc:d?z==1?lc:oc:dn)),l.splits=ee(l.splits||(d&&u.distr==1?Xe:u.distr==3?Ts:u.distr==4?Tc:Ec)),l.stroke=ee(l.stroke),l.grid.stroke=ee(l.grid.stroke),l.ticks.stroke=ee(l.ticks.stroke),l.border.stroke=ee(l.border.stroke);let g=l.values;l.values=Qt(g)&&!Qt(g[0])?ee(g):d?Qt(g)?Yi(te,ji(g,G)):Bi(g)?cc(te,g):g||ve:g||_c,l.filter=ee(l.filter||(u.distr>=3&&u.log==10?Pc:u.distr==3&&u.log==2?Ac:Mo)),l.font=co(l.font),l.labelFont=co(l.labelFont),l._size=l.size(n,null,i,0),l._space=l._rotate=l._incrs=l._found=l._splits=l._values=null,l._size>0&&(rn[i]=!0,l._el=St(fa,v))}}function Yn(l,i,r,u){let[d,g,b,T]=r,C=i%2,M=0;return C==0&&(T||g)&&(M=i==0&&!d||i==2&&!b?qe(Qi.size/3):0),C==1&&(d||b)&&(M=i==1&&!g||i==3&&!T?qe(eo.size/2):0),M}const Qs=n.padding=(e.padding||[Yn,Yn,Yn,Yn]).map(l=>ee(se(l,Yn))),Wt=n._padding=Qs.map((l,i)=>l(n,i,rn,0));let Ue,$e=null,De=null;const hl=o==1?E[0].idxs:null;let Tt=null,Kn=!1;function Zs(l,i){if(t=l??[],n.data=n._data=t,o==2){Ue=0;for(let r=1;r<E.length;r++)Ue+=t[r][0].length}else{t.length==0&&(n.data=n._data=t=[[]]),Tt=t[0],Ue=Tt.length;let r=t;if(K==2){r=t.slice();let u=r[0]=Array(Ue);for(let d=0;d<Ue;d++)u[d]=d}n._data=t=r}if(An(!0),Ne("setData"),K==2&&(_n=!0),i!==!1){let r=A;r.auto(n,Kn)?Fl():jt(_,r.min,r.max),sn=sn||B.left>=0,gt=!0,xn()}}n.setData=Zs;function Fl(){Kn=!0;let l,i;o==1&&(Ue>0?($e=hl[0]=0,De=hl[1]=Ue-1,l=t[0][$e],i=t[0][De],K==2?(l=$e,i=De):l==i&&(K==3?[l,i]=Ll(l,l,A.log,!1):K==4?[l,i]=Rs(l,l,A.log,!1):A.time?i=l+qe(86400/z):[l,i]=Al(l,i,Vs,!0))):($e=hl[0]=l=null,De=hl[1]=i=null)),jt(_,l,i)}let ml,Pn,Bl,Hl,Wl,Gl,jl,Yl,Kl,tt;function Xs(l,i,r,u,d,g){l??=Ci,r??=Os,u??="butt",d??=Ci,g??="round",l!=ml&&(m.strokeStyle=ml=l),d!=Pn&&(m.fillStyle=Pn=d),i!=Bl&&(m.lineWidth=Bl=i),g!=Wl&&(m.lineJoin=Wl=g),u!=Gl&&(m.lineCap=Gl=u),r!=Hl&&m.setLineDash(Hl=r)}function ei(l,i,r,u){i!=Pn&&(m.fillStyle=Pn=i),l!=jl&&(m.font=jl=l),r!=Yl&&(m.textAlign=Yl=r),u!=Kl&&(m.textBaseline=Kl=u)}function Jl(l,i,r,u,d=0){if(u.length>0&&l.auto(n,Kn)&&(i==null||i.min==null)){let g=se($e,0),b=se(De,u.length-1),T=r.min==null?Pa(u,g,b,d,l.distr==3):[r.min,r.max];l.min=xt(l.min,r.min=T[0]),l.max=Ze(l.max,r.max=T[1])}}const ti={min:null,max:null};function kr(){for(let u in y){let d=y[u];W[u]==null&&(d.min==null||W[_]!=null&&d.auto(n,Kn))&&(W[u]=ti)}for(let u in y){let d=y[u];W[u]==null&&d.from!=null&&W[d.from]!=null&&(W[u]=ti)}W[_]!=null&&An(!0);let l={};for(let u in W){let d=W[u];if(d!=null){let g=l[u]=Fn(y[u],Ra);if(d.min!=null)Pe(g,d);else if(u!=_||o==2)if(Ue==0&&g.from==null){let b=g.range(n,null,null,u);g.min=b[0],g.max=b[1]}else g.min=fe,g.max=-fe}}if(Ue>0){E.forEach((u,d)=>{if(o==1){let g=u.scale,b=W[g];if(b==null)return;let T=l[g];if(d==0){let C=T.range(n,T.min,T.max,g);T.min=C[0],T.max=C[1],$e=At(T.min,t[0]),De=At(T.max,t[0]),De-$e>1&&(t[0][$e]<T.min&&$e++,t[0][De]>T.max&&De--),u.min=Tt[$e],u.max=Tt[De]}else u.show&&u.auto&&Jl(T,b,u,t[d],u.sorted);u.idxs[0]=$e,u.idxs[1]=De}else if(d>0&&u.show&&u.auto){let[g,b]=u.facets,T=g.scale,C=b.scale,[M,I]=t[d],D=l[T],J=l[C];D!=null&&Jl(D,W[T],g,M,g.sorted),J!=null&&Jl(J,W[C],b,I,b.sorted),u.min=b.min,u.max=b.max}});for(let u in l){let d=l[u],g=W[u];if(d.from==null&&(g==null||g.min==null)){let b=d.range(n,d.min==fe?null:d.min,d.max==-fe?null:d.max,u);d.min=b[0],d.max=b[1]}}}for(let u in l){let d=l[u];if(d.from!=null){let g=l[d.from];if(g.min==null)d.min=d.max=null;else{let b=d.range(n,g.min,g.max,u);d.min=b[0],d.max=b[1]}}}let i={},r=!1;for(let u in l){let d=l[u],g=y[u];if(g.min!=d.min||g.max!=d.max){g.min=d.min,g.max=d.max;let b=g.distr;g._min=b==3?Ft(g.min):b==4?ds(g.min,g.asinh):b==100?g.fwd(g.min):g.min,g._max=b==3?Ft(g.max):b==4?ds(g.max,g.asinh):b==100?g.fwd(g.max):g.max,i[u]=r=!0}}if(r){E.forEach((u,d)=>{o==2?d>0&&i.y&&(u._paths=null):i[u.scale]&&(u._paths=null)});for(let u in i)_n=!0,Ne("setScale",u);Ge&&B.left>=0&&(sn=gt=!0)}for(let u in W)W[u]=null}function Cr(l){let i=Es($e-1,0,Ue-1),r=Es(De+1,0,Ue-1);for(;l[i]==null&&i>0;)i--;for(;l[r]==null&&r<Ue-1;)r++;return[i,r]}function Pr(){if(Ue>0){let l=E.some(i=>i._focus)&&tt!=It.alpha;l&&(m.globalAlpha=tt=It.alpha),E.forEach((i,r)=>{if(r>0&&i.show&&(ni(r,!1),ni(r,!0),i._paths==null)){let u=tt;tt!=i.alpha&&(m.globalAlpha=tt=i.alpha);let d=o==2?[0,t[r][0].length-1]:Cr(t[r]);i._paths=i.paths(n,r,d[0],d[1]),tt!=u&&(m.globalAlpha=tt=u)}}),E.forEach((i,r)=>{if(r>0&&i.show){let u=tt;tt!=i.alpha&&(m.globalAlpha=tt=i.alpha),i._paths!=null&&li(r,!1);{let d=i._paths!=null?i._paths.gaps:null,g=i.points.show(n,r,$e,De,d),b=i.points.filter(n,r,g,d);(g||b)&&(i.points._paths=i.points.paths(n,r,$e,De,b),li(r,!0))}tt!=u&&(m.globalAlpha=tt=u),Ne("drawSeries",r)}}),l&&(m.globalAlpha=tt=1)}}function ni(l,i){let r=i?E[l].points:E[l];r._stroke=r.stroke(n,l),r._fill=r.fill(n,l)}function li(l,i){let r=i?E[l].points:E[l],{stroke:u,fill:d,clip:g,flags:b,_stroke:T=r._stroke,_fill:C=r._fill,_width:M=r.width}=r._paths;M=de(M*oe,3);let I=null,D=M%2/2;i&&C==null&&(C=M>0?"#fff":T);let J=r.pxAlign==1&&D>0;if(J&&m.translate(D,D),!i){let ie=it-M/2,le=mt-M/2,X=et+M,Y=Et+M;I=new Path2D,I.rect(ie,le,X,Y)}i?Ql(T,M,r.dash,r.cap,C,u,d,b,g):Ar(l,T,M,r.dash,r.cap,C,u,d,b,I,g),J&&m.translate(-D,-D)}function Ar(l,i,r,u,d,g,b,T,C,M,I){let D=!1;C!=0&&P.forEach((J,ie)=>{if(J.series[0]==l){let le=E[J.series[1]],X=t[J.series[1]],Y=(le._paths||al).band;Qt(Y)&&(Y=J.dir==1?Y[0]:Y[1]);let H,ge=null;le.show&&Y&&xa(X,$e,De)?(ge=J.fill(n,ie)||g,H=le._paths.clip):Y=null,Ql(i,r,u,d,ge,b,T,C,M,I,H,Y),D=!0}}),D||Ql(i,r,u,d,g,b,T,C,M,I)}const si=Bn|Cs;function Ql(l,i,r,u,d,g,b,T,C,M,I,D){Xs(l,i,r,u,d),(C||M||D)&&(m.save(),C&&m.clip(C),M&&m.clip(M)),D?(T&si)==si?(m.clip(D),I&&m.clip(I),wl(d,b),gl(l,g,i)):T&Cs?(wl(d,b),m.clip(D),gl(l,g,i)):T&Bn&&(m.save(),m.clip(D),I&&m.clip(I),wl(d,b),m.restore(),gl(l,g,i)):(wl(d,b),gl(l,g,i)),(C||M||D)&&m.restore()}function gl(l,i,r){r>0&&(i instanceof Map?i.forEach((u,d)=>{m.strokeStyle=ml=d,m.stroke(u)}):i!=null&&l&&m.stroke(i))}function wl(l,i){i instanceof Map?i.forEach((r,u)=>{m.fillStyle=Pn=u,m.fill(r)}):i!=null&&l&&m.fill(i)}function xr(l,i,r,u){let d=k[l],g;if(u<=0)g=[0,0];else{let b=d._space=d.space(n,l,i,r,u),T=d._incrs=d.incrs(n,l,i,r,u,b);g=Jc(i,r,T,u,b)}return d._found=g}function Zl(l,i,r,u,d,g,b,T,C,M){let I=b%2/2;L==1&&m.translate(I,I),Xs(T,b,C,M,T),m.beginPath();let D,J,ie,le,X=d+(u==0||u==3?-g:g);r==0?(J=d,le=X):(D=d,ie=X);for(let Y=0;Y<l.length;Y++)i[Y]!=null&&(r==0?D=ie=l[Y]:J=le=l[Y],m.moveTo(D,J),m.lineTo(ie,le));m.stroke(),L==1&&m.translate(-I,-I)}function qr(l){let i=!0;return k.forEach((r,u)=>{if(!r.show)return;let d=y[r.scale];if(d.min==null){r._show&&(i=!1,r._show=!1,An(!1));return}else r._show||(i=!1,r._show=!0,An(!1));let g=r.side,b=g%2,{min:T,max:C}=d,[M,I]=xr(u,T,C,b==0?Q:$);if(I==0)return;let D=d.distr==2,J=r._splits=r.splits(n,u,T,C,M,I,D),ie=d.distr==2?J.map(H=>Tt[H]):J,le=d.distr==2?Tt[J[1]]-Tt[J[0]]:M,X=r._values=r.values(n,r.filter(n,ie,u,I,le),u,I,le);r._rotate=g==2?r.rotate(n,X,u,I):0;let Y=r._size;r._size=bt(r.size(n,X,u,l)),Y!=null&&r._size!=Y&&(i=!1)}),i}function Mr(l){let i=!0;return Qs.forEach((r,u)=>{let d=r(n,u,rn,l);d!=Wt[u]&&(i=!1),Wt[u]=d}),i}function Ir(){for(let l=0;l<k.length;l++){let i=k[l];if(!i.show||!i._show)continue;let r=i.side,u=r%2,d,g,b=i.stroke(n,l),T=r==0||r==3?-1:1,[C,M]=i._found;if(i.label!=null){let Ke=i.labelGap*T,at=qe((i._lpos+Ke)*oe);ei(i.labelFont[0],b,"center",r==2?tl:ki),m.save(),u==1?(d=g=0,m.translate(at,qe(mt+Et/2)),m.rotate((r==3?-kl:kl)/2)):(d=qe(it+et/2),g=at);let un=xo(i.label)?i.label(n,l,C,M):i.label;m.fillText(un,d,g),m.restore()}if(M==0)continue;let I=y[i.scale],D=u==0?et:Et,J=u==0?it:mt,ie=i._splits,le=I.distr==2?ie.map(Ke=>Tt[Ke]):ie,X=I.distr==2?Tt[ie[1]]-Tt[ie[0]]:C,Y=i.ticks,H=i.border,ge=Y.show?Y.size:0,_e=qe(ge*oe),Oe=qe((i.alignTo==2?i._size-ge-i.gap:i.gap)*oe),ue=i._rotate*-kl/180,Ee=R(i._pos*oe),ot=(_e+Oe)*T,Ye=Ee+ot;g=u==0?Ye:0,d=u==1?Ye:0;let vt=i.font[0],kt=i.align==1?Vn:i.align==2?cs:ue>0?Vn:ue<0?cs:u==0?"center":r==3?cs:Vn,Dt=ue||u==1?"middle":r==2?tl:ki;ei(vt,b,kt,Dt);let rt=i.font[1]*i.lineGap,yt=ie.map(Ke=>R(f(Ke,I,D,J))),Ct=i._values;for(let Ke=0;Ke<Ct.length;Ke++){let at=Ct[Ke];if(at!=null){u==0?d=yt[Ke]:g=yt[Ke],at=""+at;let un=at.indexOf(`
`)==-1?[at]:at.split(/\n/gm);for(let Je=0;Je<un.length;Je++){let Ei=un[Je];ue?(m.save(),m.translate(d,g+Je*rt),m.rotate(ue),m.fillText(Ei,0,0),m.restore()):m.fillText(Ei,d,g+Je*rt)}}}Y.show&&Zl(yt,Y.filter(n,le,l,M,X),u,r,Ee,_e,de(Y.width*oe,3),Y.stroke(n,l),Y.dash,Y.cap);let Rt=i.grid;Rt.show&&Zl(yt,Rt.filter(n,le,l,M,X),u,u==0?2:1,u==0?mt:it,u==0?Et:et,de(Rt.width*oe,3),Rt.stroke(n,l),Rt.dash,Rt.cap),H.show&&Zl([Ee],[1],u==0?1:0,u==0?1:2,u==1?mt:it,u==1?Et:et,de(H.width*oe,3),H.stroke(n,l),H.dash,H.cap)}Ne("drawAxes")}function An(l){E.forEach((i,r)=>{r>0&&(i._paths=null,l&&(o==1?(i.min=null,i.max=null):i.facets.forEach(u=>{u.min=null,u.max=null})))})}let vl=!1,Xl=!1,Jn=[];function Lr(){Xl=!1;for(let l=0;l<Jn.length;l++)Ne(...Jn[l]);Jn.length=0}function xn(){vl||(Ba(ii),vl=!0)}function $r(l,i=!1){vl=!0,Xl=i,l(n),ii(),i&&Jn.length>0&&queueMicrotask(Lr)}n.batch=$r;function ii(){if(zl&&(kr(),zl=!1),_n&&(vr(),_n=!1),dl){if(we(q,Vn,pe),we(q,tl,xe),we(q,sl,Q),we(q,il,$),we(x,Vn,pe),we(x,tl,xe),we(x,sl,Q),we(x,il,$),we(v,sl,zt),we(v,il,tn),S.width=qe(zt*oe),S.height=qe(tn*oe),k.forEach(({_el:l,_show:i,_size:r,_pos:u,side:d})=>{if(l!=null)if(i){let g=d===3||d===0?r:0,b=d%2==1;we(l,b?"left":"top",u-g),we(l,b?"width":"height",r),we(l,b?"top":"left",b?xe:pe),we(l,b?"height":"width",b?$:Q),bs(l,pn)}else ct(l,pn)}),ml=Pn=Bl=Wl=Gl=jl=Yl=Kl=Hl=null,tt=1,Xn(!0),pe!=bn||xe!=nn||Q!=Mt||$!=ln){An(!1);let l=Q/Mt,i=$/ln;if(Ge&&!sn&&B.left>=0){B.left*=l,B.top*=i,qn&&Vt(qn,qe(B.left),0,Q,$),Mn&&Vt(Mn,0,qe(B.top),Q,$);for(let r=0;r<wt.length;r++){let u=wt[r];u!=null&&(kn[r]*=l,Cn[r]*=i,Vt(u,bt(kn[r]),bt(Cn[r]),Q,$))}}if(me.show&&!pl&&me.left>=0&&me.width>0){me.left*=l,me.width*=l,me.top*=i,me.height*=i;for(let r in is)we($n,r,me[r])}bn=pe,nn=xe,Mt=Q,ln=$}Ne("setSize"),dl=!1}zt>0&&tn>0&&(m.clearRect(0,0,S.width,S.height),Ne("drawClear"),U.forEach(l=>l()),Ne("draw")),me.show&&pl&&(yl(me),pl=!1),Ge&&sn&&(cn(null,!0,!1),sn=!1),Z.show&&Z.live&&gt&&(ls(),gt=!1),p||(p=!0,n.status=1,Ne("ready")),Kn=!1,vl=!1}n.redraw=(l,i)=>{_n=i||!1,l!==!1?jt(_,A.min,A.max):xn()};function es(l,i){let r=y[l];if(r.from==null){if(Ue==0){let u=r.range(n,i.min,i.max,l);i.min=u[0],i.max=u[1]}if(i.min>i.max){let u=i.min;i.min=i.max,i.max=u}if(Ue>1&&i.min!=null&&i.max!=null&&i.max-i.min<1e-16)return;l==_&&r.distr==2&&Ue>0&&(i.min=At(i.min,t[0]),i.max=At(i.max,t[0]),i.min==i.max&&i.max++),W[l]=i,zl=!0,xn()}}n.setScale=es;let ts,ns,qn,Mn,oi,ri,In,Ln,ai,ci,he,Se,Gt=!1;const Fe=B.drag;let Re=Fe.x,Ve=Fe.y;Ge&&(B.x&&(ts=St(pa,x)),B.y&&(ns=St(ha,x)),A.ori==0?(qn=ts,Mn=ns):(qn=ns,Mn=ts),he=B.left,Se=B.top);const me=n.select=Pe({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),$n=me.show?St(da,me.over?x:q):null;function yl(l,i){if(me.show){for(let r in l)me[r]=l[r],r in is&&we($n,r,l[r]);i!==!1&&Ne("setSelect")}}n.setSelect=yl;function Dr(l){if(E[l].show)Ae&&bs(be[l],pn);else if(Ae&&ct(be[l],pn),Ge){let r=Tn?wt[0]:wt[l];r!=null&&Vt(r,-10,-10,Q,$)}}function jt(l,i,r){es(l,{min:i,max:r})}function Lt(l,i,r,u){i.focus!=null&&zr(l),i.show!=null&&E.forEach((d,g)=>{g>0&&(l==g||l==null)&&(d.show=i.show,Dr(g),o==2?(jt(d.facets[0].scale,null,null),jt(d.facets[1].scale,null,null)):jt(d.scale,null,null),xn())}),r!==!1&&Ne("setSeries",l,i),u&&el("setSeries",n,l,i)}n.setSeries=Lt;function Rr(l,i){Pe(P[l],i)}function Vr(l,i){l.fill=ee(l.fill||null),l.dir=se(l.dir,-1),i=i??P.length,P.splice(i,0,l)}function Nr(l){l==null?P.length=0:P.splice(l,1)}n.addBand=Vr,n.setBand=Rr,n.delBand=Nr;function Or(l,i){E[l].alpha=i,Ge&&wt[l]!=null&&(wt[l].style.opacity=i),Ae&&be[l]&&(be[l].style.opacity=i)}let Ut,Yt,an;const Dn={focus:!0};function zr(l){if(l!=an){let i=l==null,r=It.alpha!=1;E.forEach((u,d)=>{if(o==1||d>0){let g=i||d==0||d==l;u._focus=i?null:g,r&&Or(d,g?1:It.alpha)}}),an=l,r&&xn()}}Ae&&En&&je(xi,re,l=>{B._lock||(on(l),an!=null&&Lt(null,Dn,!0,Ce.setSeries))});function $t(l,i,r){let u=y[i];r&&(l=l/oe-(u.ori==1?xe:pe));let d=Q;u.ori==1&&(d=$,l=d-l),u.dir==-1&&(l=d-l);let g=u._min,b=u._max,T=l/d,C=g+(b-g)*T,M=u.distr;return M==3?zn(10,C):M==4?Ma(C,u.asinh):M==100?u.bwd(C):C}function Ur(l,i){let r=$t(l,_,i);return At(r,t[0],$e,De)}n.valToIdx=l=>At(l,t[0]),n.posToIdx=Ur,n.posToVal=$t,n.valToPos=(l,i,r)=>y[i].ori==0?a(l,y[i],r?et:Q,r?it:0):c(l,y[i],r?Et:$,r?mt:0),n.setCursor=(l,i,r)=>{he=l.left,Se=l.top,cn(null,i,r)};function ui(l,i){we($n,Vn,me.left=l),we($n,sl,me.width=i)}function fi(l,i){we($n,tl,me.top=l),we($n,il,me.height=i)}let Qn=A.ori==0?ui:fi,Zn=A.ori==1?ui:fi;function Fr(){if(Ae&&Z.live)for(let l=o==2?1:0;l<E.length;l++){if(l==0&&ht)continue;let i=Z.values[l],r=0;for(let u in i)qt[l][r++].firstChild.nodeValue=i[u]}}function ls(l,i){if(l!=null&&(l.idxs?l.idxs.forEach((r,u)=>{ce[u]=r}):Da(l.idx)||ce.fill(l.idx),Z.idx=ce[0]),Ae&&Z.live){for(let r=0;r<E.length;r++)(r>0||o==1&&!ht)&&Br(r,ce[r]);Fr()}gt=!1,i!==!1&&Ne("setLegend")}n.setLegend=ls;function Br(l,i){let r=E[l],u=l==0&&K==2?Tt:t[l],d;ht?d=r.values(n,l,i)??Ht:(d=r.value(n,i==null?null:u[i],l,i),d=d==null?Ht:{_:d}),Z.values[l]=d}function cn(l,i,r){ai=he,ci=Se,[he,Se]=B.move(n,he,Se),B.left=he,B.top=Se,Ge&&(qn&&Vt(qn,qe(he),0,Q,$),Mn&&Vt(Mn,0,qe(Se),Q,$));let u,d=$e>De;Ut=fe,Yt=null;let g=A.ori==0?Q:$,b=A.ori==1?Q:$;if(he<0||Ue==0||d){u=B.idx=null;for(let T=0;T<E.length;T++){let C=wt[T];C!=null&&Vt(C,-10,-10,Q,$)}En&&Lt(null,Dn,!0,l==null&&Ce.setSeries),Z.live&&(ce.fill(u),gt=!0)}else{let T,C,M;o==1&&(T=A.ori==0?he:Se,C=$t(T,_),u=B.idx=At(C,t[0],$e,De),M=O(t[0][u],A,g,0));let I=-10,D=-10,J=0,ie=0,le=!0,X="",Y="";for(let H=o==2?1:0;H<E.length;H++){let ge=E[H],_e=ce[H],Oe=_e==null?null:o==1?t[H][_e]:t[H][1][_e],ue=B.dataIdx(n,H,u,C),Ee=ue==null?null:o==1?t[H][ue]:t[H][1][ue];if(gt=gt||Ee!=Oe||ue!=_e,ce[H]=ue,H>0&&ge.show){let ot=ue==null?-10:ue==u?M:O(o==1?t[0][ue]:t[H][0][ue],A,g,0),Ye=Ee==null?-10:j(Ee,o==1?y[ge.scale]:y[ge.facets[1].scale],b,0);if(En&&Ee!=null){let vt=A.ori==1?he:Se,kt=Me(It.dist(n,H,ue,Ye,vt));if(kt<Ut){let Dt=It.bias;if(Dt!=0){let rt=$t(vt,ge.scale),yt=Ee>=0?1:-1,Ct=rt>=0?1:-1;Ct==yt&&(Ct==1?Dt==1?Ee>=rt:Ee<=rt:Dt==1?Ee<=rt:Ee>=rt)&&(Ut=kt,Yt=H)}else Ut=kt,Yt=H}}if(gt||Tn){let vt,kt;A.ori==0?(vt=ot,kt=Ye):(vt=Ye,kt=ot);let Dt,rt,yt,Ct,Rt,Ke,at=!0,un=He.bbox;if(un!=null){at=!1;let Je=un(n,H);yt=Je.left,Ct=Je.top,Dt=Je.width,rt=Je.height}else yt=vt,Ct=kt,Dt=rt=He.size(n,H);if(Ke=He.fill(n,H),Rt=He.stroke(n,H),Tn)H==Yt&&Ut<=It.prox&&(I=yt,D=Ct,J=Dt,ie=rt,le=at,X=Ke,Y=Rt);else{let Je=wt[H];Je!=null&&(kn[H]=yt,Cn[H]=Ct,Ri(Je,Dt,rt,at),$i(Je,Ke,Rt),Vt(Je,bt(yt),bt(Ct),Q,$))}}}}if(Tn){let H=It.prox,ge=an==null?Ut<=H:Ut>H||Yt!=an;if(gt||ge){let _e=wt[0];_e!=null&&(kn[0]=I,Cn[0]=D,Ri(_e,J,ie,le),$i(_e,X,Y),Vt(_e,bt(I),bt(D),Q,$))}}}if(me.show&&Gt)if(l!=null){let[T,C]=Ce.scales,[M,I]=Ce.match,[D,J]=l.cursor.sync.scales,ie=l.cursor.drag;if(Re=ie._x,Ve=ie._y,Re||Ve){let{left:le,top:X,width:Y,height:H}=l.select,ge=l.scales[D].ori,_e=l.posToVal,Oe,ue,Ee,ot,Ye,vt=T!=null&&M(T,D),kt=C!=null&&I(C,J);vt&&Re?(ge==0?(Oe=le,ue=Y):(Oe=X,ue=H),Ee=y[T],ot=O(_e(Oe,D),Ee,g,0),Ye=O(_e(Oe+ue,D),Ee,g,0),Qn(xt(ot,Ye),Me(Ye-ot))):Qn(0,g),kt&&Ve?(ge==1?(Oe=le,ue=Y):(Oe=X,ue=H),Ee=y[C],ot=j(_e(Oe,J),Ee,b,0),Ye=j(_e(Oe+ue,J),Ee,b,0),Zn(xt(ot,Ye),Me(Ye-ot))):Zn(0,b)}else os()}else{let T=Me(ai-oi),C=Me(ci-ri);if(A.ori==1){let J=T;T=C,C=J}Re=Fe.x&&T>=Fe.dist,Ve=Fe.y&&C>=Fe.dist;let M=Fe.uni;M!=null?Re&&Ve&&(Re=T>=M,Ve=C>=M,!Re&&!Ve&&(C>T?Ve=!0:Re=!0)):Fe.x&&Fe.y&&(Re||Ve)&&(Re=Ve=!0);let I,D;Re&&(A.ori==0?(I=In,D=he):(I=Ln,D=Se),Qn(xt(I,D),Me(D-I)),Ve||Zn(0,b)),Ve&&(A.ori==1?(I=In,D=he):(I=Ln,D=Se),Zn(xt(I,D),Me(D-I)),Re||Qn(0,g)),!Re&&!Ve&&(Qn(0,0),Zn(0,0))}if(Fe._x=Re,Fe._y=Ve,l==null){if(r){if(_i!=null){let[T,C]=Ce.scales;Ce.values[0]=T!=null?$t(A.ori==0?he:Se,T):null,Ce.values[1]=C!=null?$t(A.ori==1?he:Se,C):null}el(us,n,he,Se,Q,$,u)}if(En){let T=r&&Ce.setSeries,C=It.prox;an==null?Ut<=C&&Lt(Yt,Dn,!0,T):Ut>C?Lt(null,Dn,!0,T):Yt!=an&&Lt(Yt,Dn,!0,T)}}gt&&(Z.idx=u,ls()),i!==!1&&Ne("setCursor")}let Kt=null;Object.defineProperty(n,"rect",{get(){return Kt==null&&Xn(!1),Kt}});function Xn(l=!1){l?Kt=null:(Kt=x.getBoundingClientRect(),Ne("syncRect",Kt))}function di(l,i,r,u,d,g,b){B._lock||Gt&&l!=null&&l.movementX==0&&l.movementY==0||(ss(l,i,r,u,d,g,b,!1,l!=null),l!=null?cn(null,!0,!0):cn(i,!0,!1))}function ss(l,i,r,u,d,g,b,T,C){if(Kt==null&&Xn(!1),on(l),l!=null)r=l.clientX-Kt.left,u=l.clientY-Kt.top;else{if(r<0||u<0){he=-10,Se=-10;return}let[M,I]=Ce.scales,D=i.cursor.sync,[J,ie]=D.values,[le,X]=D.scales,[Y,H]=Ce.match,ge=i.axes[0].side%2==1,_e=A.ori==0?Q:$,Oe=A.ori==1?Q:$,ue=ge?g:d,Ee=ge?d:g,ot=ge?u:r,Ye=ge?r:u;if(le!=null?r=Y(M,le)?f(J,y[M],_e,0):-10:r=_e*(ot/ue),X!=null?u=H(I,X)?f(ie,y[I],Oe,0):-10:u=Oe*(Ye/Ee),A.ori==1){let vt=r;r=u,u=vt}}C&&(i==null||i.cursor.event.type==us)&&((r<=1||r>=Q-1)&&(r=fn(r,Q)),(u<=1||u>=$-1)&&(u=fn(u,$))),T?(oi=r,ri=u,[In,Ln]=B.move(n,r,u)):(he=r,Se=u)}const is={width:0,height:0,left:0,top:0};function os(){yl(is,!1)}let pi,hi,mi,gi;function wi(l,i,r,u,d,g,b){Gt=!0,Re=Ve=Fe._x=Fe._y=!1,ss(l,i,r,u,d,g,b,!0,!1),l!=null&&(je(fs,ys,vi,!1),el(Pi,n,In,Ln,Q,$,null));let{left:T,top:C,width:M,height:I}=me;pi=T,hi=C,mi=M,gi=I}function vi(l,i,r,u,d,g,b){Gt=Fe._x=Fe._y=!1,ss(l,i,r,u,d,g,b,!1,!0);let{left:T,top:C,width:M,height:I}=me,D=M>0||I>0,J=pi!=T||hi!=C||mi!=M||gi!=I;if(D&&J&&yl(me),Fe.setScale&&D&&J){let ie=T,le=M,X=C,Y=I;if(A.ori==1&&(ie=C,le=I,X=T,Y=M),Re&&jt(_,$t(ie,_),$t(ie+le,_)),Ve)for(let H in y){let ge=y[H];H!=_&&ge.from==null&&ge.min!=fe&&jt(H,$t(X+Y,H),$t(X,H))}os()}else B.lock&&(B._lock=!B._lock,cn(i,!0,l!=null));l!=null&&(Sn(fs,ys),el(fs,n,he,Se,Q,$,null))}function Hr(l,i,r,u,d,g,b){if(B._lock)return;on(l);let T=Gt;if(Gt){let C=!0,M=!0,I=10,D,J;A.ori==0?(D=Re,J=Ve):(D=Ve,J=Re),D&&J&&(C=he<=I||he>=Q-I,M=Se<=I||Se>=$-I),D&&C&&(he=he<In?0:Q),J&&M&&(Se=Se<Ln?0:$),cn(null,!0,!0),Gt=!1}he=-10,Se=-10,ce.fill(null),cn(null,!0,!0),T&&(Gt=T)}function yi(l,i,r,u,d,g,b){B._lock||(on(l),Fl(),os(),l!=null&&el(qi,n,he,Se,Q,$,null))}function Si(){k.forEach(Qc),Ul(n.width,n.height,!0)}mn(Pl,On,Si);const Rn={};Rn.mousedown=wi,Rn.mousemove=di,Rn.mouseup=vi,Rn.dblclick=yi,Rn.setSeries=(l,i,r,u)=>{let d=Ce.match[2];r=d(n,i,r),r!=-1&&Lt(r,u,!0,!1)},Ge&&(je(Pi,x,wi),je(us,x,di),je(Ai,x,l=>{on(l),Xn(!1)}),je(xi,x,Hr),je(qi,x,yi),Ps.add(n),n.syncRect=Xn);const Sl=n.hooks=e.hooks||{};function Ne(l,i,r){Xl?Jn.push([l,i,r]):l in Sl&&Sl[l].forEach(u=>{u.call(null,n,i,r)})}(e.plugins||[]).forEach(l=>{for(let i in l.hooks)Sl[i]=(Sl[i]||[]).concat(l.hooks[i])});const bi=(l,i,r)=>r,Ce=Pe({key:null,setSeries:!1,filters:{pub:Ui,sub:Ui},scales:[_,E[1]?E[1].scale:null],match:[Fi,Fi,bi],values:[null,null]},B.sync);Ce.match.length==2&&Ce.match.push(bi),B.sync=Ce;const _i=Ce.key,rs=Xo(_i);function el(l,i,r,u,d,g,b){Ce.filters.pub(l,i,r,u,d,g,b)&&rs.pub(l,i,r,u,d,g,b)}rs.sub(n);function Wr(l,i,r,u,d,g,b){Ce.filters.sub(l,i,r,u,d,g,b)&&Rn[l](null,i,r,u,d,g,b)}n.pub=Wr;function Gr(){rs.unsub(n),Ps.delete(n),en.clear(),_s(Pl,On,Si),h.remove(),re?.remove(),Ne("destroy")}n.destroy=Gr;function as(){Ne("init",e,t),Zs(t||e.data,!1),W[_]?es(_,W[_]):Fl(),pl=me.show&&(me.width>0||me.height>0),sn=gt=!0,Ul(e.width,e.height)}return E.forEach(Js),k.forEach(Tr),s?s instanceof HTMLElement?(s.appendChild(h),as()):s(n,as):as(),n}We.assign=Pe;We.fmtNum=Ns;We.rangeNum=Al;We.rangeLog=Ll;We.rangeAsinh=Rs;We.orient=wn;We.pxRatio=oe;We.join=Fa;We.fmtDate=zs,We.tzDate=Xa;We.sync=Xo;{We.addGap=Dc,We.clipGaps=Rl;let e=We.paths={points:ir};e.linear=rr,e.stepped=Nc,e.bars=Oc,e.spline=Uc}const uo=["#2b6cb0","#dd6b20","#38a169","#805ad5","#d53f8c","#718096"],gs=760,fo=64,xs=new Set;function Zc(){for(const e of xs)e.root.isConnected||(e.destroy(),xs.delete(e))}function Zt(e,t,s){const n=w("div",{class:"chart","data-chart":"time"}),a=[e.map(p=>Date.parse(String(p[t]))/1e3),...s.map(p=>e.map(h=>h[p.field]??null))],c=s.some(p=>p.right),f={width:gs,height:240,series:[{},...s.map((p,h)=>({label:p.label,stroke:uo[h%uo.length],width:2,scale:p.right?"right":"y"}))],axes:[{},{scale:"y",size:fo},...c?[{scale:"right",side:1,size:fo,grid:{show:!1}}]:[]]};return requestAnimationFrame(()=>{Zc(),f.width=Math.min(gs,n.clientWidth||gs),xs.add(new We(f,a,n))}),n}function ql(e,t,s){const n=e.map(a=>Number(a[s]??0)),o=Math.max(1,...n);return w("div",{class:"bars","data-chart":"bars"},...e.map((a,c)=>{const f=w("span",{class:"bar"});return f.style.width=`${100*n[c]/o}%`,w("div",{class:"bar-row"},w("span",{class:"bar-label"},t(a)),w("span",{class:"bar-track"},f),w("span",{class:"bar-value"},String(n[c])))}))}function Xc(e,t,s,n){const o=[...new Set(e.map(f=>String(f[s])))].sort(),a=new Map(o.map((f,p)=>[f,p])),c=new Map;for(const f of e){const p=c.get(t(f))??new Array(o.length).fill(null);p[a.get(String(f[s]))??0]=f[n],c.set(t(f),p)}return w("div",{class:"heatmap","data-chart":"heatmap"},...[...c].map(([f,p])=>w("div",{class:"heat-row"},w("span",{class:"heat-label"},f),...p.map((h,S)=>{const m=w("span",{class:"heat-cell",title:`${f} · ${o[S]} · ${h===null?"no activity":`${(h*100).toFixed(0)}%`}`});return h!==null?m.style.opacity=String(.15+.85*h):m.classList.add("none"),m}))))}function Te(e,t,...s){const n=w("div",{class:"panel-body"});return{element:w("section",{class:"panel","data-panel":e,"data-state":"loading"},w("header",{class:"panel-head"},w("h2",{},t),...s),n),body:n}}function Tl(e,t,...s){e.element.dataset.state=t,e.body.replaceChildren(...s)}class Be extends Error{}async function ke(e,t,s=!1){s||Tl(e,"loading",w("p",{class:"status"},"Loading…"));try{Tl(e,"ready",...await t())}catch(n){if(n instanceof Be)Tl(e,"empty",w("p",{class:"status"},n.message));else{const o=n instanceof Error?n.message:String(n),a=n instanceof ft?n.kind:"query";Tl(e,"error",w("p",{class:`status error ${a}`,role:"alert"},o))}}}function ut(e,t,s,n){return w("div",{class:"headline"},w("span",{class:"headline-value","data-metric":`${t}.${s}`},n),w("span",{class:"headline-label"},e))}const eu=`# Panel A1 — live-session header: the headline numbers of one session (SPEC §1 A "Header").
# Rates are fractions of the session's live viewers; no dimension → one row for the session.
query LiveHeader($sessionId: String!) {
  viewers(where: { sessionId: { eq: $sessionId } }) {
    id
    rows {
      id
      uniqueViewers
      liveUniqueViewers
      avgMinutesViewed
      liveEngagementRate
      reactions
      reactingViewersRate
      chatMessages
      chattingViewersRate
      pollParticipationRate
      qaThreads
      qaViewersRate
      attachmentDownloads
      downloadingViewersRate
      recordingPlays
    }
  }
}
`,tu=`# Panel A2 — live timeline: viewers, engagement and reactions at each minute of one session
# (SPEC §1 A "Timeline"), oldest minute first.
query LiveTimeline($sessionId: String!, $timezone: String = "UTC") {
  timeline(
    where: { sessionId: { eq: $sessionId } }
    orderBy: [{ field: MINUTE, direction: ASC }]
    limit: 10000
    timezone: $timezone
  ) {
    id
    rows {
      id
      minute(grain: MINUTE)
      liveUniqueViewers
      liveEngagementRate
      reactions
    }
  }
}
`,nu=`# Panel A3 — viewer engagement table: one row per attendee of a session, searchable by
# (at least three letters of) the name, sortable by any column, paginated
# (SPEC §1 A "Viewer engagement table"). \`rowCount\` is the total for the pager.
# The frontend builds \`$where\`: \`{ sessionId: { eq: … } }\`, plus
# \`name: { contains: … }\` once the user has typed at least three letters.
query ViewerEngagementTable(
  $where: ViewersWhere!
  $orderBy: [ViewersOrderBy!] = [{ field: MINUTES_VIEWED, direction: DESC }]
  $limit: Int = 25
  $offset: Int = 0
) {
  viewers(
    where: $where
    orderBy: $orderBy
    limit: $limit
    offset: $offset
  ) {
    id
    rows {
      id
      userId
      name
      jobTitle
      company
      industry
      role
      country
      minutesViewed
      reactions
      chatMessages
      pollsAnswered
      liveEngagementRate
      qaThreads
      attachmentDownloads
      handsRaised
    }
    rowCount
  }
}
`,lu=`# Panel A3b — engagement heatmap: each attendee's live engagement rate at each minute of a
# session (SPEC §1 A "engagement heatmap per attendee").
query EngagementHeatmap($sessionId: String!, $timezone: String = "UTC") {
  timeline(
    where: { sessionId: { eq: $sessionId } }
    orderBy: [{ field: NAME, direction: ASC }, { field: MINUTE, direction: ASC }]
    limit: 10000
    timezone: $timezone
  ) {
    id
    rows {
      id
      userId
      name
      minute
      liveEngagementRate
    }
  }
}
`,su=`# Panel A4 — polls of a session: question, type, number of possible answers (null for
# open-ended) and unique respondents, in launch order (SPEC §1 A "Polls").
query Polls($sessionId: String!) {
  polls(
    where: { sessionId: { eq: $sessionId } }
    orderBy: [{ field: LAUNCHED_AT, direction: ASC }]
  ) {
    id
    rows {
      id
      pollId
      question
      pollType
      launchedAt
      optionCount
      respondents
    }
  }
}
`,iu=`# Panel A4b — poll drill-down: every answer of one poll with its unique participants and
# their share of the poll's respondents (SPEC §1 A "drill-down per answer").
query PollAnswers($sessionId: String!, $pollId: String!) {
  pollAnswers(
    where: { sessionId: { eq: $sessionId }, pollId: { eq: $pollId } }
    orderBy: [{ field: RESPONDENTS, direction: DESC }]
  ) {
    id
    rows {
      id
      answer
      respondents
      answerRate
    }
  }
}
`,ou=`# Panel A5 — recordings of a session: impressions, plays, minutes viewed and average
# completion, per recording and in total (SPEC §1 A "Recordings").
query Recordings($sessionId: String!) {
  recordings(where: { sessionId: { eq: $sessionId } }) {
    id
    rows {
      id
      recordingId
      impressions
      plays
      minutesViewed
      avgCompletionRate
    }
    totals {
      id
      impressions
      plays
      minutesViewed
      avgCompletionRate
    }
  }
}
`,ru=`# Panel A5b — recording plays over time for a session, per day by default
# (SPEC §1 A "plays over time").
query RecordingPlaysOverTime(
  $sessionId: String!
  $grain: TimeGrain = DAY
  $timezone: String = "UTC"
) {
  recordings(where: { sessionId: { eq: $sessionId } }, timezone: $timezone, limit: 10000) {
    id
    rows {
      id
      playedAt(grain: $grain)
      plays
      impressions
    }
  }
}
`,au=`# Panel A6 — countries: live and recording unique viewers per country for a session
# (SPEC §1 A "Countries and devices").
query Countries($sessionId: String!) {
  countries(
    where: { sessionId: { eq: $sessionId } }
    orderBy: [{ field: UNIQUE_VIEWERS, direction: DESC }]
  ) {
    id
    rows {
      id
      country
      liveUniqueViewers
      recordingUniqueViewers
      uniqueViewers
    }
  }
}
`,cu=`# Panel A6b — devices: live and recording unique viewers per platform and device for a
# session (SPEC §1 A "Countries and devices").
query Devices($sessionId: String!) {
  devices(
    where: { sessionId: { eq: $sessionId } }
    orderBy: [{ field: UNIQUE_VIEWERS, direction: DESC }]
  ) {
    id
    rows {
      id
      platform
      device
      liveUniqueViewers
      recordingUniqueViewers
      uniqueViewers
    }
  }
}
`,uu=`# Panel B1 — meeting session overview: ids, status, timing, unique participants, duration,
# participant minutes and services used (SPEC §1 B "Session overview").
query SessionOverview($sessionId: String!, $timezone: String = "UTC") {
  sessions(where: { sessionId: { eq: $sessionId } }, timezone: $timezone) {
    id
    rows {
      id
      meetingId
      sessionId
      status
      avgInitiatingMs
      startTime
      endTime
      uniqueParticipants
      durationMinutes
      participantMinutes
      hasRecording
      hasHls
      hasRtmp
    }
  }
}
`,fu=`# Panel B2 — participants of a meeting session: who joined, when, for how long, how long the
# connection took, and from where and what (SPEC §1 B "Participant table and insights").
query Participants($sessionId: String!, $timezone: String = "UTC") {
  viewers(
    where: { sessionId: { eq: $sessionId } }
    having: { uniqueParticipants: { gte: 1 } }
    orderBy: [{ field: FIRST_JOINED_AT, direction: ASC }]
    limit: 10000
    timezone: $timezone
  ) {
    id
    rows {
      id
      userId
      name
      firstJoinedAt
      lastLeftAt
      participantMinutes
      avgConnectMs
      country
      region
      city
      platform
      device
      os
      browser
      sdkVersion
    }
  }
}
`,du=`# Panel B3 — call health per participant and per media (audio, video, screen share):
# good / moderate / poor, from the samples each participant sent (SPEC §1 B "Call health").
query CallHealth($sessionId: String!) {
  quality(
    where: { sessionId: { eq: $sessionId }, direction: { eq: SEND } }
    orderBy: [{ field: SENDER_USER_ID, direction: ASC }, { field: MEDIA, direction: ASC }]
    limit: 10000
  ) {
    id
    rows {
      id
      senderUserId
      media
      health
      goodRate
      moderateRate
      poorRate
      samples
    }
  }
}
`,pu=`# Panel B4 — session stats over time, sender or receiver side: jitter, RTT, bitrate, packet
# loss, resolution and FPS per time bucket. \`$where\` picks any session, sender, receiver,
# media, direction and time window (SPEC §1 B "Session stats over time").
query SessionStatsOverTime(
  $where: QualityWhere!
  $grain: TimeGrain = MINUTE
  $timezone: String = "UTC"
) {
  quality(where: $where, timezone: $timezone, limit: 10000) {
    id
    rows {
      id
      time(grain: $grain)
      samples
      avgJitterMs
      p95JitterMs
      avgRttMs
      p95RttMs
      avgBitrateKbps
      avgPacketLossPct
      maxPacketLossPct
      avgHeight
      avgFps
    }
  }
}
`,hu=`# Panel B5 — errors of a session: each error with participant, type, description and time,
# and counts by type (SPEC §1 B "Errors").
query Errors($sessionId: String!, $timezone: String = "UTC") {
  list: errors(
    where: { sessionId: { eq: $sessionId } }
    orderBy: [{ field: TIME, direction: ASC }]
    limit: 10000
    timezone: $timezone
  ) {
    id
    rows {
      id
      time
      userId
      name
      errorType
      code
      message
    }
  }
  byType: errors(where: { sessionId: { eq: $sessionId } }) {
    id
    rows {
      id
      errorType
      errors
      affectedParticipants
    }
    totals {
      id
      errors
      affectedParticipants
    }
  }
}
`,mu=`# Panel C1 — app session length distribution: sessions per length bucket
# (SPEC §1 C "session length distribution"; buckets are SPEC §3's labels).
query AppSessionLengthDistribution {
  appSessions(orderBy: [{ field: LENGTH_BUCKET, direction: ASC }]) {
    id
    rows {
      id
      lengthBucket
      sessionCount
      medianLengthSeconds
    }
    totals {
      id
      sessionCount
      medianLengthSeconds
    }
  }
}
`,gu=`# Panel C2 — sum of app session lengths per day over the last 30 days
# (SPEC §1 C "sum of session lengths per day"); \`$asOf\` pins "now" so a report reproduces.
query AppSessionLengthPerDay($asOf: String!, $timezone: String = "UTC") {
  appSessions(
    where: { startTime: { inLast: { amount: 30, unit: DAY } } }
    asOf: $asOf
    timezone: $timezone
  ) {
    id
    rows {
      id
      day: startTime(grain: DAY)
      totalLengthSeconds
    }
  }
}
`,wu=`# Panel C3 — number of app sessions per day over the last 30 days
# (SPEC §1 C "number of sessions per day"); \`$asOf\` pins "now" so a report reproduces.
query AppSessionsPerDay($asOf: String!, $timezone: String = "UTC") {
  appSessions(
    where: { startTime: { inLast: { amount: 30, unit: DAY } } }
    asOf: $asOf
    timezone: $timezone
  ) {
    id
    rows {
      id
      day: startTime(grain: DAY)
      sessionCount
      uniqueUsers
    }
  }
}
`,vu=`# Panel C4 — period-over-period header: the audience of the last 30 days beside the 30 days
# before (SPEC §4.5 "Period over period"); no dimension: one row for the whole window;
# \`change\` is (current − previous) ÷ previous.
query AudiencePeriodOverPeriod($asOf: String!, $timezone: String = "UTC") {
  viewers(
    where: { sessionStart: { inLast: { amount: 30, unit: DAY } } }
    compare: { previousPeriod: true }
    asOf: $asOf
    timezone: $timezone
  ) {
    id
    rows {
      id
      uniqueViewers
      minutesViewed
      previous {
        id
        uniqueViewers
        minutesViewed
      }
      change {
        id
        uniqueViewers
        minutesViewed
      }
    }
  }
}
`,yu=`# Panel C5 — cumulative viewers: per day of the last 30 days, the distinct viewers that day
# and from the window's start through it (SPEC §4.5 "Cumulative and rolling metrics"),
# every day a row (\`fill\`), so the line has no holes.
query CumulativeViewers($asOf: String!, $timezone: String = "UTC") {
  viewers(
    where: { sessionStart: { inLast: { amount: 30, unit: DAY } } }
    asOf: $asOf
    timezone: $timezone
  ) {
    id
    rows {
      id
      day: sessionStart(grain: DAY, fill: true)
      uniqueViewers
      cumulativeViewers: uniqueViewers(window: { cumulative: true })
    }
  }
}
`,Su=`# Panel D1 — most popular viewing devices per country, over every session
# (SPEC §1 D, "most popular viewing devices per country").
query PopularDevicesPerCountry {
  viewers(
    orderBy: [{ field: COUNTRY, direction: ASC }, { field: UNIQUE_VIEWERS, direction: DESC }]
    limit: 10000
  ) {
    id
    rows {
      id
      country
      device
      uniqueViewers
    }
  }
}
`,bu=`# Panel D2 — poll participation by industry, over every session
# (SPEC §1 D, "poll participation by industry").
query PollParticipationByIndustry {
  viewers(orderBy: [{ field: POLL_PARTICIPATION_RATE, direction: DESC }]) {
    id
    rows {
      id
      industry
      liveUniqueViewers
      pollParticipationRate
    }
  }
}
`,_u=`# Panel D3 — p95 jitter by browser per hour (SPEC §1 D, "p95 jitter by browser per hour").
query P95JitterByBrowserPerHour($timezone: String = "UTC") {
  quality(
    orderBy: [{ field: TIME, direction: ASC }, { field: BROWSER, direction: ASC }]
    limit: 10000
    timezone: $timezone
  ) {
    id
    rows {
      id
      hour: time(grain: HOUR)
      browser
      p95JitterMs
    }
  }
}
`,Eu=Object.assign({"../../docs/queries/a1-live-header.graphql":eu,"../../docs/queries/a2-live-timeline.graphql":tu,"../../docs/queries/a3-viewer-engagement-table.graphql":nu,"../../docs/queries/a3b-engagement-heatmap.graphql":lu,"../../docs/queries/a4-polls.graphql":su,"../../docs/queries/a4b-poll-answers.graphql":iu,"../../docs/queries/a5-recordings.graphql":ou,"../../docs/queries/a5b-recording-plays-over-time.graphql":ru,"../../docs/queries/a6-countries.graphql":au,"../../docs/queries/a6b-devices.graphql":cu,"../../docs/queries/b1-session-overview.graphql":uu,"../../docs/queries/b2-participants.graphql":fu,"../../docs/queries/b3-call-health.graphql":du,"../../docs/queries/b4-session-stats-over-time.graphql":pu,"../../docs/queries/b5-errors.graphql":hu,"../../docs/queries/c1-app-session-length-distribution.graphql":mu,"../../docs/queries/c2-app-session-length-per-day.graphql":gu,"../../docs/queries/c3-app-sessions-per-day.graphql":wu,"../../docs/queries/c4-audience-period-over-period.graphql":vu,"../../docs/queries/c5-cumulative-viewers.graphql":yu,"../../docs/queries/d1-popular-devices-per-country.graphql":Su,"../../docs/queries/d2-poll-participation-by-industry.graphql":bu,"../../docs/queries/d3-p95-jitter-by-browser-per-hour.graphql":_u}),Tu=Object.fromEntries(Object.entries(Eu).map(([e,t])=>[e.replace(/^.*\/|\.graphql$/g,""),t]));function Qe(e){const t=Tu[e];if(t===void 0)throw new Error(`no query docs/queries/${e}.graphql`);return t}function ku(e){return Qe(e).replace(/^query\b/m,"subscription")}const Cu=`query SessionSubject($sessionId: String!) {
  sessions(where: { sessionId: { eq: $sessionId } }) {
    rows { sessionId title status startTime }
  }
}`,Pu=`query SessionList {
  sessions(orderBy: [{ field: START_TIME, direction: DESC }], limit: 200) {
    rows { sessionId meetingId title status startTime uniqueParticipants }
    rowCount
  }
}`,Au=`query LatestAppSession {
  appSessions(orderBy: [{ field: START_TIME, direction: DESC }], limit: 1) {
    rows { startTime }
  }
}`,xu=`query Catalog {
  catalog {
    name description
    dimensions { name field type label enumValues adminOnly }
    metrics { name field type label }
  }
}`;let po;function fr(){return po??=ze(xu).then(e=>e.catalog),po}async function nt(e,t){const s=(await fr()).find(a=>a.name===e),n=new Map([...(s?.dimensions??[]).map(a=>[a.name,[a,!0]]),...(s?.metrics??[]).map(a=>[a.name,[a,!1]])]);return Object.keys(t[0]??{}).filter(a=>a!=="id").map(a=>{const[c,f]=n.get(a)??[void 0,!1];return{key:a,label:c?.label??a,sortField:c?.field,dimension:f}})}function lt(e,t,s,n){const o=e.map(c=>{if(!s)return w("th",{scope:"col"},c.label);const f=s.key===c.key,p=f?s.direction==="ASC"?" ▲":" ▼":"";return w("th",{scope:"col","aria-sort":f?s.direction==="ASC"?"ascending":"descending":"none"},w("button",{type:"button",class:"sort","data-sort":c.key,onclick:()=>s.onSort(c)},c.label+p))}),a=t.map(c=>{const f=w("tr",{},...e.map(p=>w("td",{"data-column":p.key},Ie(c[p.key],p.key))));return n?.(c,f),f});return w("table",{class:"rows"},w("thead",{},w("tr",{},...o)),w("tbody",{},...a))}async function qu(e){const t=Te("c1-app-session-length-distribution","Session length distribution"),s=w("input",{type:"text",id:"as-of","aria-label":"30 days up to (ISO 8601)",size:26}),n=Te("c2-app-session-length-per-day","Sum of session lengths per day, last 30 days"),o=Te("c3-app-sessions-per-day","Sessions per day, last 30 days"),a=Te("c4-audience-period-over-period","Viewers, last 30 days against the 30 days before"),c=Te("c5-cumulative-viewers","Viewers per day and cumulative, last 30 days");e.replaceChildren(w("div",{class:"subject"},w("h1",{},"App sessions"),w("label",{},"30 days up to ",s)),t.element,w("div",{class:"pair"},n.element,o.element),w("div",{class:"pair"},a.element,c.element));const f=(await ze(Au)).appSessions.rows[0];s.value=String(f?.startTime??new Date().toISOString());const p=()=>{const h={asOf:s.value};return Promise.all([ke(n,async()=>{const S=(await ze(Qe("c2-app-session-length-per-day"),h)).appSessions.rows;if(S.length===0)throw new Be("No app sessions in these 30 days.");return[Zt(S,"day",[{label:"total length (s)",field:"totalLengthSeconds"}]),lt(await nt("appSessions",S),S)]}),ke(o,async()=>{const S=(await ze(Qe("c3-app-sessions-per-day"),h)).appSessions.rows;if(S.length===0)throw new Be("No app sessions in these 30 days.");return[Zt(S,"day",[{label:"sessions",field:"sessionCount"},{label:"unique users",field:"uniqueUsers"}]),lt(await nt("appSessions",S),S)]}),ke(a,async()=>{const[S]=(await ze(Qe("c4-audience-period-over-period"),h)).viewers.rows,m=S?.previous??null;if(!S||S.uniqueViewers===0&&m?.uniqueViewers===0)throw new Be("No viewers in these 60 days.");return[w("div",{class:"headlines"},...ho("Unique viewers","uniqueViewers",S),...ho("Minutes viewed","minutesViewed",S))]}),ke(c,async()=>{const S=(await ze(Qe("c5-cumulative-viewers"),h)).viewers.rows;if(S.every(m=>m.uniqueViewers===0))throw new Be("No viewers in these 30 days.");return[Zt(S,"day",[{label:"viewers that day",field:"uniqueViewers"},{label:"viewers so far",field:"cumulativeViewers"}])]})])};s.addEventListener("change",()=>{p()}),await Promise.all([ke(t,async()=>{const h=(await ze(Qe("c1-app-session-length-distribution"))).appSessions;if(h.rows.length===0)throw new Be("No app sessions yet.");const S=h.totals??{};return[w("div",{class:"headlines"},ut("App sessions","appSessions","sessionCount",Ie(S.sessionCount)),ut("Median length (s)","appSessions","medianLengthSeconds",Ie(S.medianLengthSeconds))),ql([...h.rows].sort((m,v)=>mo(m.lengthBucket)-mo(v.lengthBucket)),m=>Mu(m.lengthBucket),"sessionCount"),lt(await nt("appSessions",h.rows),h.rows)]}),p()])}function ho(e,t,s){const n=s.previous??{},o=(s.change??{})[t];return[ut(e,"viewers",t,Ie(s[t])),ut(`${e}, 30 days before`,"viewers.previous",t,Ie(n[t])),ut(`${e}, change`,"viewers.change",t,typeof o=="number"?`${(o*100).toFixed(1)}%`:"—")]}const dr=/^(SECONDS|MINUTES)_(\d+)_(\d+|PLUS)$/;function Mu(e){const t=dr.exec(String(e));if(!t)return String(e);const s=t[1]==="SECONDS"?"s":"m";return t[3]==="PLUS"?`${t[2]}${s}+`:`${t[2]}-${t[3]}${s}`}function mo(e){const t=dr.exec(String(e));return t?Number(t[2])*(t[1]==="SECONDS"?1:60):Number.MAX_SAFE_INTEGER}function pr(e,t){const s=w("select",{"aria-label":"CSV headers",class:"csv-headers"},w("option",{value:"descriptive"},"friendly headers"),w("option",{value:"system"},"system headers")),n=w("span",{class:"note export-message",role:"status"}),o=w("button",{type:"button",class:"export-csv"},"Export CSV");return o.addEventListener("click",async()=>{n.textContent="Exporting…";try{const{document:a,variables:c}=e();await Yr(a,c,s.value,t),n.textContent=""}catch(a){n.textContent=a instanceof Error?a.message:String(a),n.classList.add("error")}}),w("span",{class:"export"},s,o,n)}const Iu=["","MINUTE","HOUR","DAY","WEEK","MONTH"],Lu={STRING:["eq","contains","startsWith","ne"],INT:["eq","gte","lte"],FLOAT:["eq","gte","lte"],BOOLEAN:["eq"],ENUM:["eq","ne"],TIME:["gte","lte"]};function $u(e,t){return e==="INT"||e==="FLOAT"?Number(t):e==="BOOLEAN"?t.trim().toLowerCase()==="true":t}function Du(e,t,s){const n=`${e[0].toUpperCase()}${e.slice(1)}Where`,o=[...t.map(([a,c])=>c?`${a}(grain: ${c})`:a),...s];return`query Explore($where: ${n}, $limit: Int) {
  ${e}(where: $where, limit: $limit) {
    rows { ${o.join(" ")} }
    rowCount
  }
}`}function go(e,t,s){return w("label",{class:"pick",title:t.label},w("input",{type:"checkbox",name:e,value:t.name,checked:s}),t.name)}async function Ru(e){const t=await fr(),s=w("select",{id:"explore-cube","aria-label":"Cube"},...t.map(P=>w("option",{value:P.name},P.name))),n=w("p",{class:"note"}),o=w("fieldset",{class:"picks",id:"explore-dimensions"}),a=w("fieldset",{class:"picks",id:"explore-metrics"}),c=w("select",{id:"explore-filter-field","aria-label":"Filter on"}),f=w("select",{id:"explore-filter-operator","aria-label":"Operator"}),p=w("input",{type:"text",id:"explore-filter-value","aria-label":"Filter value"}),h=w("input",{type:"number",id:"explore-limit",min:1,max:1e4,value:100,"aria-label":"Limit"}),S=w("button",{type:"button",id:"explore-run"},"Run"),m=Te(void 0,"Result"),v=w("pre",{class:"document",id:"explore-document"});let q={document:"",variables:{}};const x=pr(()=>q,"explore.csv"),L=()=>t.find(P=>P.name===s.value)??t[0],R=P=>L().dimensions.find(_=>_.name===P),z=()=>{const P=R(c.value)?.type??"STRING";f.replaceChildren(...(Lu[P]??["eq"]).map(_=>w("option",{value:_},_)))},E=()=>{const{description:P,dimensions:_,metrics:V}=L();n.textContent=P;const U=_.filter(N=>!N.adminOnly);o.replaceChildren(w("legend",{},"Dimensions"),...U.map((N,F)=>{const A=go("dimension",N,F===0);return N.type==="TIME"&&A.append(w("select",{class:"grain","data-for":N.name,"aria-label":`${N.name} grain`},...Iu.map(K=>w("option",{value:K},K||"raw")))),A})),a.replaceChildren(w("legend",{},"Metrics"),...V.map((N,F)=>go("metric",N,F===0))),c.replaceChildren(w("option",{value:""},"no filter"),...U.map(N=>w("option",{value:N.name},N.name))),z()},k=P=>[...P.querySelectorAll("input[type=checkbox]:checked")].map(_=>_.value),y=()=>ke(m,async()=>{const P=k(o).map(j=>[j,o.querySelector(`select[data-for="${j}"]`)?.value??""]),_=k(a);if(P.length+_.length===0)throw new Be("Pick at least one dimension or metric.");const V={limit:Number(h.value)||100},U=R(c.value);U&&p.value!==""&&(V.where={[U.name]:{[f.value]:$u(U.type,p.value)}});const N=Du(L().name,P,_);q={document:N,variables:V},v.textContent=`${N}
variables: ${JSON.stringify(V)}`;const F=(await ze(N,V))[L().name];if(F.rows.length===0)throw new Be("No rows match.");const A=await nt(L().name,F.rows),[K]=P,O=_.length===0?null:K&&R(K[0])?.type==="TIME"&&K[1]?Zt(F.rows,K[0],[{label:_[0],field:_[0]}]):ql(F.rows.slice(0,30),j=>P.map(([W])=>String(j[W]??"—")).join(" · ")||"all",_[0]);return[w("p",{class:"note",id:"explore-count"},`${F.rowCount} rows`),O??"",lt(A,F.rows)]});s.addEventListener("change",E),c.addEventListener("change",z),S.addEventListener("click",()=>{y()}),e.replaceChildren(w("div",{class:"subject"},w("h1",{},"Explore")),w("section",{class:"panel explorer"},w("div",{class:"tools"},w("label",{},"Cube ",s),n),o,a,w("div",{class:"tools"},"Filter ",c,f,p,w("label",{}," limit ",h),S,x),v),m.element),E(),await y()}async function Vu(e){const t=Te(void 0,"Sessions");e.replaceChildren(w("div",{class:"subject"},w("h1",{},"Sessions")),t.element),await ke(t,async()=>{const{rows:s,rowCount:n=0}=(await ze(Pu)).sessions;if(s.length===0)throw new Be("No sessions yet: ingest some events first.");const o=s.map(c=>{const f=encodeURIComponent(String(c.sessionId));return w("tr",{},w("td",{},Ie(c.title)),w("td",{},Ie(c.status)),w("td",{},Ie(c.startTime)),w("td",{},Ie(c.uniqueParticipants)),w("td",{},w("a",{href:`/dashboard/live/${f}`,class:"live-link"},"live")," · ",w("a",{href:`/dashboard/meeting/${f}`,class:"meeting-link"},"meeting")))}),a=["Title","Status","Started","Participants","Views"].map(c=>w("th",{scope:"col"},c));return[w("p",{class:"note"},`${n} sessions, newest first (up to ${s.length} listed).`),w("table",{class:"rows"},w("thead",{},w("tr",{},...a)),w("tbody",{},...o))]})}function cl(e,t,s){return ta(ku(e),t,s)}async function hr(e){return(await ze(Cu,{sessionId:e})).sessions.rows[0]??null}function mr(e){return w("p",{class:"status error unknown-session",role:"alert"},`Unknown session “${e}”: this API key's partner has no session with this id. `,w("a",{href:"/dashboard"},"Pick a session"))}function gr(e,t,s){const n=t.status==="ONGOING";return w("div",{class:"subject"},w("h1",{},`${e}: ${String(t.title??t.sessionId)}`),w("span",{class:`badge ${n?"ongoing":"ended"}`},String(t.status)),n&&w("span",{class:"note live-note"},"live panels update as data arrives"),w("span",{class:"note"},`session ${String(t.sessionId)} · started ${String(t.startTime)}`),s)}const ws="a3-viewer-engagement-table",wo=3,Nu=[10,25,50,100],Ou=["jobTitle","company","industry","role","country","minutesViewed","liveEngagementRate"];function zu(e){let t="",s="minutesViewed",n="MINUTES_VIEWED",o="DESC",a=0,c=25;const f=()=>({sessionId:{eq:e},...t?{name:{contains:t}}:{}}),p=()=>({where:f(),orderBy:[{field:n,direction:o}],limit:c,offset:a}),h=w("input",{type:"search",id:"viewer-search",placeholder:"Search names (3+ letters)","aria-label":"Search names"}),S=w("span",{class:"note",id:"search-hint"}),m=w("select",{id:"page-size","aria-label":"Rows per page"},...Nu.map(E=>w("option",{value:E,selected:E===c},`${E} a page`)));m.addEventListener("change",()=>{c=Number(m.value),a=0,R()});const v=w("div",{class:"hover-card",hidden:!0}),q=pr(()=>({document:Qe(ws),variables:{...p(),limit:1e4,offset:0}}),`viewers-${e}.csv`),x=Te(ws,"Viewer engagement",w("div",{class:"tools"},h,S,m,q)),L=(E,k,y)=>{const P=new Map(y.map(_=>[_.key,_.label]));v.replaceChildren(w("strong",{},String(E.name??E.userId)),...Ou.map(_=>w("div",{},`${P.get(_)??_}: ${Ie(E[_],_)}`))),v.hidden=!1,v.style.top=`${k.offsetTop+k.offsetHeight}px`},R=()=>ke(x,async()=>{const E=await ze(Qe(ws),p()),{rows:k,rowCount:y=0}=E.viewers;if(k.length===0)throw new Be(t?`No viewer's name contains “${t}”.`:"No viewers in this session.");const P=(await nt("viewers",k)).filter(N=>N.key!=="userId"),V=lt(P,k,{key:s,direction:o,onSort:N=>{N.key===s?o=o==="ASC"?"DESC":"ASC":[s,o]=[N.key,N.dimension?"ASC":"DESC"],n=N.sortField??n,a=0,R()}},(N,F)=>{F.addEventListener("mouseenter",()=>L(N,F,P)),F.addEventListener("mouseleave",()=>v.hidden=!0)}),U=N=>()=>{a+=N,R()};return[w("div",{class:"table-wrap"},V,v),w("div",{class:"pager"},w("button",{type:"button",id:"page-previous",disabled:a===0,onclick:U(-c)},"Previous"),w("span",{id:"page-status"},`rows ${a+1}-${a+k.length} of ${y}`),w("button",{type:"button",id:"page-next",disabled:a+k.length>=y,onclick:U(c)},"Next"))]});let z;return h.addEventListener("input",()=>{clearTimeout(z);const E=h.value.trim();if(E.length>0&&E.length<wo){S.textContent=`Type at least ${wo} letters to search.`;return}S.textContent="",z=window.setTimeout(()=>{E!==t&&(t=E,a=0,R())},250)}),{element:x.element,load:R}}const Uu=[["uniqueViewers","Unique viewers"],["liveUniqueViewers","Live viewers"],["avgMinutesViewed","Avg minutes viewed"],["liveEngagementRate","Live engagement"],["reactingViewersRate","Reacting viewers"],["reactions","Reactions"],["chattingViewersRate","Chatting viewers"],["chatMessages","Chat messages"],["pollParticipationRate","Poll participation"],["qaViewersRate","Q&A viewers"],["qaThreads","Q&A threads"],["downloadingViewersRate","Downloading viewers"],["attachmentDownloads","Attachment downloads"],["recordingPlays","Recording plays"]];async function Jt(e,t,s,n){const o=await(n??ze(Qe(e),t)),a=Object.values(o)[0].rows;if(a.length===0)throw new Be(s);return a}async function Fu(e,t){const s=await hr(t);if(!s){e.replaceChildren(mr(t));return}const n={sessionId:t},o=Te("a1-live-header","Header"),a=Te("a2-live-timeline","Timeline: live viewers, engagement and reactions per minute"),c=zu(t),f=Te("a3b-engagement-heatmap","Engagement heatmap (live engagement per minute)"),p=Te("a4-polls","Polls"),h=Te("a4b-poll-answers","Poll answers"),S=Te("a5-recordings","Recordings"),m=Te("a5b-recording-plays-over-time","Recording plays over time (per day)"),v=Te("a6-countries","Countries"),q=Te("a6b-devices","Devices");e.replaceChildren(gr("Live session",s,w("a",{href:`/dashboard/meeting/${encodeURIComponent(t)}`},"Meeting view")),o.element,a.element,c.element,f.element,w("div",{class:"pair"},p.element,h.element),w("div",{class:"pair"},S.element,m.element),w("div",{class:"pair"},v.element,q.element));const x=(k=!1,y)=>ke(o,async()=>{const[P]=await Jt("a1-live-header",n,"No viewers yet.",y);return[w("div",{class:"headlines"},...Uu.map(([_,V])=>ut(V,"viewers",_,Ie(P[_],_))))]},k),L=(k=!1,y)=>ke(a,async()=>{const P=await Jt("a2-live-timeline",n,"No live activity in this session.",y);return[Zt(P,"minute",[{label:"Live viewers",field:"liveUniqueViewers"},{label:"Reactions",field:"reactions"},{label:"Engagement rate",field:"liveEngagementRate",right:!0}])]},k),R=()=>ke(p,async()=>{const k=await Jt("a4-polls",n,"No polls in this session.");return z(String(k[0].pollId),String(k[0].question)),[lt(await nt("polls",k),k,void 0,(y,P)=>{P.classList.add("pickable"),P.tabIndex=0,P.addEventListener("click",()=>{z(String(y.pollId),String(y.question))})}),w("p",{class:"note"},"Pick a poll to see its answers.")]}),z=(k,y)=>ke(h,async()=>{const P=await Jt("a4b-poll-answers",{sessionId:t,pollId:k},"No answers to this poll (open-ended or unanswered).");return[w("p",{class:"question"},y),lt(await nt("pollAnswers",P),P)]}),E=[x(),L(),c.load(),ke(f,async()=>{const k=await Jt("a3b-engagement-heatmap",n,"No live activity in this session.");return[Xc(k,y=>String(y.name??y.userId),"minute","liveEngagementRate")]}),R(),ke(S,async()=>{const k=await ze(Qe("a5-recordings"),n),{rows:y,totals:P}=k.recordings;if(y.length===0)throw new Be("This session has no recording plays or impressions.");const _=P??{};return[w("div",{class:"headlines"},ut("Impressions","recordings","impressions",Ie(_.impressions)),ut("Plays","recordings","plays",Ie(_.plays)),ut("Minutes viewed","recordings","minutesViewed",Ie(_.minutesViewed)),ut("Avg completion","recordings","avgCompletionRate",Ie(_.avgCompletionRate,"avgCompletionRate"))),lt(await nt("recordings",y),y)]}),ke(m,async()=>{const k=await Jt("a5b-recording-plays-over-time",n,"No recording plays yet.");return[Zt(k,"playedAt",[{label:"Plays",field:"plays"},{label:"Impressions",field:"impressions"}])]}),ke(v,async()=>{const k=await Jt("a6-countries",n,"No viewers with a known country.");return[ql(k,y=>String(y.country??"unknown"),"uniqueViewers"),lt(await nt("countries",k),k)]}),ke(q,async()=>{const k=await Jt("a6b-devices",n,"No viewers with a known device.");return[ql(k,y=>`${String(y.platform??"?")} · ${String(y.device??"?")}`,"uniqueViewers"),lt(await nt("devices",k),k)]})];s.status==="ONGOING"&&(cl("a1-live-header",n,k=>{x(!0,k)}),cl("a2-live-timeline",n,k=>{L(!0,k)})),await Promise.all(E)}const Bu=[["uniqueParticipants","Unique participants"],["durationMinutes","Duration (min)"],["participantMinutes","Participant minutes"],["avgInitiatingMs","Initiating time (ms)"]],Hu=["meetingId","sessionId","status","startTime","endTime","hasRecording","hasHls","hasRtmp"];function vs(e,t){return w("select",{"aria-label":e},...t.map(([s,n])=>w("option",{value:s},n)))}async function Wu(e,t){const s=await hr(t);if(!s){e.replaceChildren(mr(t));return}const n={sessionId:t},o=Te("b1-session-overview","Session overview"),a=Te("b2-participants","Participants"),c=Te("b3-call-health","Call health per participant and media"),f=vs("Participant",[["","every participant"]]),p=vs("Media",[["","all media"],["AUDIO","audio"],["VIDEO","video"],["SCREEN_SHARE","screen share"]]),h=vs("Side",[["SEND","sender side"],["RECEIVE","receiver side"]]),S=Te("b4-session-stats-over-time","Session stats over time",w("div",{class:"tools"},f,p,h)),m=Te("b5-errors","Errors");e.replaceChildren(gr("Meeting",s,w("a",{href:`/dashboard/live/${encodeURIComponent(t)}`},"Live-session view")),o.element,a.element,c.element,S.element,m.element);const v=(y=!1,P)=>ke(o,async()=>{const[_]=(await(P??ze(Qe("b1-session-overview"),n))).sessions.rows;if(!_)throw new Be("No overview for this session yet.");return[w("div",{class:"headlines"},...Bu.map(([V,U])=>ut(U,"sessions",V,Ie(_[V],V)))),w("dl",{class:"facts"},...Hu.flatMap(V=>[w("dt",{},V),w("dd",{"data-fact":V},Ie(_[V],V))]))]},y),q=(y=!1,P)=>ke(a,async()=>{const _=(await(P??ze(Qe("b2-participants"),n))).viewers.rows;if(_.length===0)throw new Be("Nobody has joined this session.");const V=f.value;return f.replaceChildren(w("option",{value:""},"every participant"),..._.map(U=>w("option",{value:String(U.userId)},String(U.name??U.userId)))),f.value=V,[lt(await nt("viewers",_),_)]},y),x=()=>({sessionId:{eq:t},direction:{eq:h.value},...f.value?{[h.value==="SEND"?"senderUserId":"receiverUserId"]:{eq:f.value}}:{},...p.value?{media:{eq:p.value}}:{}}),L=(y=!1,P)=>ke(S,async()=>{const V=(await(P??ze(Qe("b4-session-stats-over-time"),{where:x()}))).quality.rows;if(V.length===0)throw new Be("No quality samples for this choice.");return[Zt(V,"time",[{label:"avg jitter (ms)",field:"avgJitterMs"},{label:"p95 jitter (ms)",field:"p95JitterMs"},{label:"avg RTT (ms)",field:"avgRttMs"},{label:"avg packet loss (%)",field:"avgPacketLossPct",right:!0}]),Zt(V,"time",[{label:"avg bitrate (kbps)",field:"avgBitrateKbps"},{label:"avg height (px)",field:"avgHeight"},{label:"avg FPS",field:"avgFps",right:!0}])]},y),R=s.status==="ONGOING";let z=()=>{};const E=()=>{z(),z=cl("b4-session-stats-over-time",{where:x()},y=>{L(!0,y)})};for(const y of[f,p,h])y.addEventListener("change",()=>{L(),R&&E()});const k=[v(),q(),ke(c,async()=>{const y=(await ze(Qe("b3-call-health"),n)).quality.rows;if(y.length===0)throw new Be("No call-quality samples in this session.");return[lt(await nt("quality",y),y,void 0,(P,_)=>_.classList.add(`health-${String(P.health).toLowerCase()}`))]}),L(),ke(m,async()=>{const y=await ze(Qe("b5-errors"),n);if(y.list.rows.length===0)throw new Be("No errors in this session.");const P=y.byType.totals??{};return[w("div",{class:"headlines"},ut("Errors","errors","errors",Ie(P.errors)),ut("Affected participants","errors","affectedParticipants",Ie(P.affectedParticipants))),lt(await nt("errors",y.byType.rows),y.byType.rows),lt(await nt("errors",y.list.rows),y.list.rows)]})];R&&(cl("b1-session-overview",n,y=>{v(!0,y)}),cl("b2-participants",n,y=>{q(!0,y)}),E()),await Promise.all(k)}const ll=document.getElementById("app"),qs=document.getElementById("forget-key");function Gu(e){const[t,s]=e.replace(/^\/dashboard\/?/,"").split("/").map(decodeURIComponent);return t==="live"&&s?n=>Fu(n,s):t==="meeting"&&s?n=>Wu(n,s):t==="apps"?qu:t==="explore"?Ru:t?async n=>n.replaceChildren(w("p",{class:"status error",role:"alert"},`No dashboard page “${e}”. `,w("a",{href:"/dashboard"},"Start page"))):Vu}function ju(){const e=[["/dashboard","Sessions"],["/dashboard/apps","Apps"],["/dashboard/explore","Explore"]];document.getElementById("nav")?.replaceChildren(...e.map(([t,s])=>w("a",{href:t},s)))}function vo(e){const t=w("input",{type:"password",id:"api-key",name:"api-key",autocomplete:"off",required:!0}),s=w("form",{class:"key-form"},e&&w("p",{class:"status error unauthenticated",role:"alert"},e),w("label",{for:"api-key"},"API key"),t,w("button",{type:"submit"},"Open dashboard"),w("p",{class:"note"},"The key stays in this browser tab (sessionStorage) and is sent as `Authorization: Bearer …`; a link may carry it as #key=…"));return s.addEventListener("submit",n=>{n.preventDefault(),yo(t.value),js()}),s}async function js(){if(na(),!Is()){qs.hidden=!0,ll.replaceChildren(vo());return}qs.hidden=!1,ll.replaceChildren(w("p",{class:"status"},"Loading…"));try{await Gu(location.pathname)(ll)}catch(e){if(e instanceof ft&&e.kind==="unauthenticated")So(),ll.replaceChildren(vo(e.message));else{const t=e instanceof Error?e.message:String(e);ll.replaceChildren(w("p",{class:`status error ${e instanceof ft?e.kind:""}`,role:"alert"},t))}}}qs.addEventListener("click",()=>{So(),js()});jr();ju();js();
