const Ms="sessionlens.apiKey";function Is(){return sessionStorage.getItem(Ms)}function yo(e){sessionStorage.setItem(Ms,e.trim())}function So(){sessionStorage.removeItem(Ms)}function Yr(){const t=new URLSearchParams(location.hash.slice(1)).get("key");t&&(yo(t),history.replaceState(null,"",location.pathname+location.search))}class ft extends Error{constructor(t,s){super(t),this.kind=s}kind}async function bo(e,t){const s=Is();if(!s)throw new ft("Enter an API key to see the data.","unauthenticated");const n=new Headers(t.headers);n.set("Authorization",`Bearer ${s}`);const o=new AbortController,a=setTimeout(()=>o.abort(),3e4);let c;try{c=await fetch(e,{...t,headers:n,signal:o.signal})}catch{throw o.signal.aborted?new ft(`The gateway did not answer within ${3e4/1e3} s; try again later.`,"timeout"):new ft("The gateway cannot be reached; check the connection.","network")}finally{clearTimeout(a)}if(c.status===401)throw new ft("The API key was refused (401 Unauthorized): it is unknown, revoked or expired. Enter a valid key.","unauthenticated");return c}async function ze(e,t={}){const s=await bo("/graphql",{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/json"},body:JSON.stringify({query:e,variables:t})});let n;try{n=await s.json()}catch{throw new ft(`The gateway answered HTTP ${s.status} without JSON.`,"query")}const[o]=n.errors??[];if(o){const a=o.extensions?.code;throw a==="TIMEOUT"?new ft(o.message,"timeout"):new ft(a?`${o.message} (${a})`:o.message,"query")}return n.data??{}}async function Kr(e,t,s,n){const o=new URLSearchParams({query:e,variables:JSON.stringify(t),headers:s}),a=await bo(`/export.csv?${o}`,{method:"GET"});if(!a.ok){const h=(await a.json().catch(()=>({}))).errors?.[0]?.message??`HTTP ${a.status}`;throw new ft(`The export failed: ${h}`,"query")}const c=URL.createObjectURL(await a.blob()),f=document.createElement("a");f.href=c,f.download=n,f.click(),setTimeout(()=>URL.revokeObjectURL(c),1e4)}function w(e,t={},...s){const n=document.createElement(e);for(const[o,a]of Object.entries(t))a===void 0||a===!1||(typeof a=="function"?n.addEventListener(o.slice(2),a):n.setAttribute(o,a===!0?"":String(a)));return Jr(n,...s),n}function Jr(e,...t){for(const s of t)s==null||s===!1||e.appendChild(s instanceof Node?s:document.createTextNode(String(s)))}function Ie(e,t=""){return e==null?"—":typeof e=="number"?t.endsWith("Rate")?`${(e*100).toFixed(1)}%`:Number.isInteger(e)?String(e):e.toFixed(2):typeof e=="boolean"?e?"yes":"no":String(e)}function Tl(e,t){return w("select",{"aria-label":e},...t.map(([s,n])=>w("option",{value:s},n)))}const Qr=2e3,Zr="graphql-transport-ws";let hn=null,kl=!1,Xr=1,_o;const Vt=new Map;function Il(e){hn?.send(JSON.stringify(e))}function Eo(e,{document:t,variables:s}){Il({id:e,type:"subscribe",payload:{query:t,variables:s}})}function To(){const e=`${location.protocol==="https:"?"wss":"ws"}://${location.host}/graphql`,t=new WebSocket(e,Zr);hn=t,kl=!1,t.onopen=()=>Il({type:"connection_init",payload:{Authorization:`Bearer ${Is()}`}}),t.onmessage=s=>ea(JSON.parse(s.data)),t.onclose=s=>{if(hn===t){if(hn=null,s.code===4403){ta(new ft("The API key was refused for live updates: it is unknown, revoked or expired.","unauthenticated"));return}Vt.size>0&&(_o=window.setTimeout(To,Qr))}}}function ea(e){if(e.type==="connection_ack"){kl=!0;for(const[s,n]of Vt)Eo(s,n);return}if(e.type==="ping"){Il({type:"pong"});return}const t=e.id===void 0?void 0:Vt.get(e.id);if(t)if(e.type==="next"&&e.payload&&!Array.isArray(e.payload))t.sink(Promise.resolve(e.payload.data??{}));else if(e.type==="error"&&Array.isArray(e.payload)){Vt.delete(e.id);const[s]=e.payload,n=s?.extensions?.code;t.sink(Promise.reject(new ft(n?`${s.message} (${n})`:String(s?.message),"query")))}else e.type==="complete"&&Vt.delete(e.id)}function ta(e){for(const{sink:t}of Vt.values())t(Promise.reject(e));Vt.clear()}function na(e,t,s){const n=String(Xr++),o={document:e,variables:t,sink:s};return Vt.set(n,o),hn?kl&&Eo(n,o):To(),()=>{Vt.delete(n)&&kl&&Il({id:n,type:"complete"})}}function la(){Vt.clear(),window.clearTimeout(_o);const e=hn;hn=null,e?.close(1e3)}const sa=!0,$e="u-",ia="uplot",oa=$e+"hz",ra=$e+"vt",aa=$e+"title",ca=$e+"wrap",ua=$e+"under",fa=$e+"over",da=$e+"axis",pn=$e+"off",pa=$e+"select",ha=$e+"cursor-x",ma=$e+"cursor-y",ga=$e+"cursor-pt",wa=$e+"legend",va=$e+"live",ya=$e+"inline",Sa=$e+"series",ba=$e+"marker",Ti=$e+"label",_a=$e+"value",sl="width",il="height",tl="top",Ci="bottom",Nn="left",us="right",$s="#000",ki=$s+"0",fs="mousemove",Ai="mousedown",ds="mouseup",Pi="mouseenter",xi="mouseleave",qi="dblclick",Ea="resize",Ta="scroll",Mi="change",Al="dppxchange",Ls="--",Hn=typeof window<"u",ys=Hn?document:null,On=Hn?window:null,Ca=Hn?navigator:null;let oe,Sl;function Ss(){let e=devicePixelRatio;oe!=e&&(oe=e,Sl&&_s(Mi,Sl,Ss),Sl=matchMedia(`(min-resolution: ${oe-.001}dppx) and (max-resolution: ${oe+.001}dppx)`),mn(Mi,Sl,Ss),On.dispatchEvent(new CustomEvent(Al)))}function ct(e,t){if(t!=null){let s=e.classList;!s.contains(t)&&s.add(t)}}function bs(e,t){let s=e.classList;s.contains(t)&&s.remove(t)}function we(e,t,s){e.style[t]=s+"px"}function At(e,t,s,n){let o=ys.createElement(e);return t!=null&&ct(o,t),s?.insertBefore(o,n),o}function St(e,t){return At("div",e,t)}const Ii=new WeakMap;function Nt(e,t,s,n,o){let a="translate("+t+"px,"+s+"px)",c=Ii.get(e);a!=c&&(e.style.transform=a,Ii.set(e,a),t<0||s<0||t>n||s>o?ct(e,pn):bs(e,pn))}const $i=new WeakMap;function Li(e,t,s){let n=t+s,o=$i.get(e);n!=o&&($i.set(e,n),e.style.background=t,e.style.borderColor=s)}const Di=new WeakMap;function Ri(e,t,s,n){let o=t+""+s,a=Di.get(e);o!=a&&(Di.set(e,o),e.style.height=s+"px",e.style.width=t+"px",e.style.marginLeft=n?-t/2+"px":0,e.style.marginTop=n?-s/2+"px":0)}const Ds={passive:!0},ka={...Ds,capture:!0};function mn(e,t,s,n){t.addEventListener(e,s,n?ka:Ds)}function _s(e,t,s,n){t.removeEventListener(e,s,Ds)}Hn&&Ss();function Pt(e,t,s,n){let o;s=s||0,n=n||t.length-1;let a=n<=2147483647;for(;n-s>1;)o=a?s+n>>1:dt((s+n)/2),t[o]<e?s=o:n=o;return e-t[s]<=t[n]-e?s:n}function Co(e){return(s,n,o)=>{let a=-1,c=-1;for(let f=n;f<=o;f++)if(e(s[f])){a=f;break}for(let f=o;f>=n;f--)if(e(s[f])){c=f;break}return[a,c]}}const ko=e=>e!=null,Ao=e=>e!=null&&e>0,$l=Co(ko),Aa=Co(Ao);function Pa(e,t,s,n=0,o=!1){let a=o?Aa:$l,c=o?Ao:ko;[t,s]=a(e,t,s);let f=e[t],p=e[t];if(t>-1)if(n==1)f=e[t],p=e[s];else if(n==-1)f=e[s],p=e[t];else for(let h=t;h<=s;h++){let S=e[h];c(S)&&(S<f?f=S:S>p&&(p=S))}return[f??fe,p??-fe]}function Ll(e,t,s,n){let o=Oi(e),a=Oi(t);e==t&&(o==-1?(e*=s,t/=s):(e/=s,t*=s));let c=s==10?Ft:Po,f=o==1?dt:bt,p=a==1?bt:dt,h=f(c(Me(e))),S=p(c(Me(t))),m=zn(s,h),v=zn(s,S);return s==10&&(h<0&&(m=de(m,-h)),S<0&&(v=de(v,-S))),n||s==2?(e=m*o,t=v*a):(e=Io(e,m),t=Dl(t,v)),[e,t]}function Rs(e,t,s,n){let o=Ll(e,t,s,n);return e==0&&(o[0]=0),t==0&&(o[1]=0),o}const Ns=.1,Ni={mode:3,pad:Ns},rl={pad:0,soft:null,mode:0},xa={min:rl,max:rl};function Pl(e,t,s,n){return Rl(s)?Vi(e,t,s):(rl.pad=s,rl.soft=n?0:null,rl.mode=n?3:0,Vi(e,t,xa))}function se(e,t){return e??t}function qa(e,t,s){for(t=se(t,0),s=se(s,e.length-1);t<=s;){if(e[t]!=null)return!0;t++}return!1}function Vi(e,t,s){let n=s.min,o=s.max,a=se(n.pad,0),c=se(o.pad,0),f=se(n.hard,-fe),p=se(o.hard,fe),h=se(n.soft,fe),S=se(o.soft,-fe),m=se(n.mode,0),v=se(o.mode,0),I=t-e,x=Ft(I),D=Ze(Me(e),Me(t)),N=Ft(D),F=Me(N-x);(I<1e-24||F>10)&&(I=0,(e==0||t==0)&&(I=1e-24,m==2&&h!=fe&&(a=0),v==2&&S!=-fe&&(c=0)));let _=I||D||1e3,C=Ft(_),E=zn(10,dt(C)),P=_*(I==0?e==0?.1:1:a),y=de(Io(e-P,E/10),24),q=e>=h&&(m==1||m==3&&y<=h||m==2&&y>=h)?h:fe,V=Ze(f,y<q&&e>=q?q:xt(q,y)),M=_*(I==0?t==0?.1:1:c),z=de(Dl(t+M,E/10),24),A=t<=S&&(v==1||v==3&&z>=S||v==2&&z<=S)?S:-fe,K=xt(p,z>A&&t<=A?A:Ze(A,z));return V==K&&V==0&&(K=100),[V,K]}const Ma=new Intl.NumberFormat(Hn?Ca.language:"en-US"),Vs=e=>Ma.format(e),pt=Math,Cl=pt.PI,Me=pt.abs,dt=pt.floor,qe=pt.round,bt=pt.ceil,xt=pt.min,Ze=pt.max,zn=pt.pow,Oi=pt.sign,Ft=pt.log10,Po=pt.log2,Ia=(e,t=1)=>pt.sinh(e)*t,ps=(e,t=1)=>pt.asinh(e/t),fe=1/0;function zi(e){return(Ft((e^e>>31)-(e>>31))|0)+1}function Es(e,t,s){return xt(Ze(e,t),s)}function xo(e){return typeof e=="function"}function ee(e){return xo(e)?e:()=>e}const $a=()=>{},qo=e=>e,Mo=(e,t)=>t,La=e=>null,Ui=e=>!0,Fi=(e,t)=>e==t,Da=/\.\d*?(?=9{6,}|0{6,})/gm,gn=e=>{if(Lo(e)||Xt.has(e))return e;const t=`${e}`,s=t.match(Da);if(s==null)return e;let n=s[0].length-1;if(t.indexOf("e-")!=-1){let[o,a]=t.split("e");return+`${gn(o)}e${a}`}return de(e,n)};function fn(e,t){return gn(de(gn(e/t))*t)}function Dl(e,t){return gn(bt(gn(e/t))*t)}function Io(e,t){return gn(dt(gn(e/t))*t)}function de(e,t=0){if(Lo(e))return e;let s=10**t,n=e*s*(1+Number.EPSILON);return qe(n)/s}const Xt=new Map;function $o(e){return((""+e).split(".")[1]||"").length}function cl(e,t,s,n){let o=[],a=n.map($o);for(let c=t;c<s;c++){let f=Me(c),p=de(zn(e,c),f);for(let h=0;h<n.length;h++){let S=e==10?+`${n[h]}e${c}`:n[h]*p,m=(c>=0?0:f)+(c>=a[h]?0:a[h]),v=e==10?S:de(S,m);o.push(v),Xt.set(v,m)}}return o}const al={},Os=[],Un=[null,null],Qt=Array.isArray,Lo=Number.isInteger,Ra=e=>e===void 0;function Bi(e){return typeof e=="string"}function Rl(e){let t=!1;if(e!=null){let s=e.constructor;t=s==null||s==Object}return t}function Na(e){return e!=null&&typeof e=="object"}const Va=Object.getPrototypeOf(Uint8Array),Do="__proto__";function Fn(e,t=Rl){let s;if(Qt(e)){let n=e.find(o=>o!=null);if(Qt(n)||t(n)){s=Array(e.length);for(let o=0;o<e.length;o++)s[o]=Fn(e[o],t)}else s=e.slice()}else if(e instanceof Va)s=e.slice();else if(t(e)){s={};for(let n in e)n!=Do&&(s[n]=Fn(e[n],t))}else s=e;return s}function Ae(e){let t=arguments;for(let s=1;s<t.length;s++){let n=t[s];for(let o in n)o!=Do&&(Rl(e[o])?Ae(e[o],Fn(n[o])):e[o]=Fn(n[o]))}return e}const Oa=0,za=1,Ua=2;function Fa(e,t,s){for(let n=0,o,a=-1;n<t.length;n++){let c=t[n];if(c>a){for(o=c-1;o>=0&&e[o]==null;)e[o--]=null;for(o=c+1;o<s&&e[o]==null;)e[a=o++]=null}}}function Ba(e,t){if(Ga(e)){let c=e[0].slice();for(let f=1;f<e.length;f++)c.push(...e[f].slice(1));return ja(c[0])||(c=Wa(c)),c}let s=new Set;for(let c=0;c<e.length;c++){let p=e[c][0],h=p.length;for(let S=0;S<h;S++)s.add(p[S])}let n=[Array.from(s).sort((c,f)=>c-f)],o=n[0].length,a=new Map;for(let c=0;c<o;c++)a.set(n[0][c],c);for(let c=0;c<e.length;c++){let f=e[c],p=f[0];for(let h=1;h<f.length;h++){let S=f[h],m=Array(o).fill(void 0),v=t?t[c][h]:za,I=[];for(let x=0;x<S.length;x++){let D=S[x],N=a.get(p[x]);D===null?v!=Oa&&(m[N]=D,v==Ua&&I.push(N)):m[N]=D}Fa(m,I,o),n.push(m)}}return n}const Ha=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Wa(e){let t=e[0],s=t.length,n=Array(s);for(let a=0;a<n.length;a++)n[a]=a;n.sort((a,c)=>t[a]-t[c]);let o=[];for(let a=0;a<e.length;a++){let c=e[a],f=Array(s);for(let p=0;p<s;p++)f[p]=c[n[p]];o.push(f)}return o}function Ga(e){let t=e[0][0],s=t.length;for(let n=1;n<e.length;n++){let o=e[n][0];if(o.length!=s)return!1;if(o!=t){for(let a=0;a<s;a++)if(o[a]!=t[a])return!1}}return!0}function ja(e,t=100){const s=e.length;if(s<=1)return!0;let n=0,o=s-1;for(;n<=o&&e[n]==null;)n++;for(;o>=n&&e[o]==null;)o--;if(o<=n)return!0;const a=Ze(1,dt((o-n+1)/t));for(let c=e[n],f=n+a;f<=o;f+=a){const p=e[f];if(p!=null){if(p<=c)return!1;c=p}}return!0}const Ro=["January","February","March","April","May","June","July","August","September","October","November","December"],No=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Vo(e){return e.slice(0,3)}const Ya=No.map(Vo),Ka=Ro.map(Vo),Ja={MMMM:Ro,MMM:Ka,WWWW:No,WWW:Ya};function nl(e){return(e<10?"0":"")+e}function Qa(e){return(e<10?"00":e<100?"0":"")+e}const Za={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>nl(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>nl(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>nl(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>nl(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>nl(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Qa(e.getMilliseconds())};function zs(e,t){t=t||Ja;let s=[],n=/\{([a-z]+)\}|[^{]+/gi,o;for(;o=n.exec(e);)s.push(o[0][0]=="{"?Za[o[1]]:o[0]);return a=>{let c="";for(let f=0;f<s.length;f++)c+=typeof s[f]=="string"?s[f]:s[f](a,t);return c}}const Xa=new Intl.DateTimeFormat().resolvedOptions().timeZone;function ec(e,t){let s;return t=="UTC"||t=="Etc/UTC"?s=new Date(+e+e.getTimezoneOffset()*6e4):t==Xa?s=e:(s=new Date(e.toLocaleString("en-US",{timeZone:t})),s.setMilliseconds(e.getMilliseconds())),s}const Oo=e=>e%1==0,xl=[1,2,2.5,5],tc=cl(10,-32,0,xl),zo=cl(10,0,32,xl),nc=zo.filter(Oo),dn=tc.concat(zo),Us=`
`,Uo="{YYYY}",Hi=Us+Uo,Fo="{M}/{D}",ol=Us+Fo,bl=ol+"/{YY}",Bo="{aa}",lc="{h}:{mm}",Vn=lc+Bo,Wi=Us+Vn,Gi=":{ss}",ae=null;function Ho(e){let t=e*1e3,s=t*60,n=s*60,o=n*24,a=o*30,c=o*365,p=(e==1?cl(10,0,3,xl).filter(Oo):cl(10,-3,0,xl)).concat([t,t*5,t*10,t*15,t*30,s,s*5,s*10,s*15,s*30,n,n*2,n*3,n*4,n*6,n*8,n*12,o,o*2,o*3,o*4,o*5,o*6,o*7,o*8,o*9,o*10,o*15,a,a*2,a*3,a*4,a*6,c,c*2,c*5,c*10,c*25,c*50,c*100]);const h=[[c,Uo,ae,ae,ae,ae,ae,ae,1],[o*28,"{MMM}",Hi,ae,ae,ae,ae,ae,1],[o,Fo,Hi,ae,ae,ae,ae,ae,1],[n,"{h}"+Bo,bl,ae,ol,ae,ae,ae,1],[s,Vn,bl,ae,ol,ae,ae,ae,1],[t,Gi,bl+" "+Vn,ae,ol+" "+Vn,ae,Wi,ae,1],[e,Gi+".{fff}",bl+" "+Vn,ae,ol+" "+Vn,ae,Wi,ae,1]];function S(m){return(v,I,x,D,N,F)=>{let _=[],C=N>=c,E=N>=a&&N<c,P=m(x),y=de(P*e,3),q=hs(P.getFullYear(),C?0:P.getMonth(),E||C?1:P.getDate()),V=de(q*e,3);if(E||C){let M=E?N/a:0,z=C?N/c:0,A=y==V?y:de(hs(q.getFullYear()+z,q.getMonth()+M,1)*e,3),K=new Date(qe(A/e)),U=K.getFullYear(),j=K.getMonth();for(let W=0;A<=D;W++){let te=hs(U+z*W,j+M*W,1),G=te-m(de(te*e,3));A=de((+te+G)*e,3),A<=D&&_.push(A)}}else{let M=N>=o?o:N,z=dt(x)-dt(y),A=V+z+Dl(y-V,M);_.push(A);let K=m(A),U=K.getHours()+K.getMinutes()/s+K.getSeconds()/n,j=N/n,W=v.axes[I]._space,te=F/W;for(;A=de(A+N,e==1?0:3),!(A>D);)if(j>1){let G=dt(de(U+j,6))%24,ne=m(A).getHours()-G;ne>1&&(ne=-1),A-=ne*n,U=(U+j)%24;let ce=_[_.length-1];de((A-ce)/N,3)*te>=.7&&_.push(A)}else _.push(A)}return _}}return[p,h,S]}const[sc,ic,oc]=Ho(1),[rc,ac,cc]=Ho(.001);cl(2,-53,53,[1]);function ji(e,t){return e.map(s=>s.map((n,o)=>o==0||o==8||n==null?n:t(o==1||s[8]==0?n:s[1]+n)))}function Yi(e,t){return(s,n,o,a,c)=>{let f=t.find(x=>c>=x[0])||t[t.length-1],p,h,S,m,v,I;return n.map(x=>{let D=e(x),N=D.getFullYear(),F=D.getMonth(),_=D.getDate(),C=D.getHours(),E=D.getMinutes(),P=D.getSeconds(),y=N!=p&&f[2]||F!=h&&f[3]||_!=S&&f[4]||C!=m&&f[5]||E!=v&&f[6]||P!=I&&f[7]||f[1];return p=N,h=F,S=_,m=C,v=E,I=P,y(D)})}}function uc(e,t){let s=zs(t);return(n,o,a,c,f)=>o.map(p=>s(e(p)))}function hs(e,t,s){return new Date(e,t,s)}function Ki(e,t){return t(e)}const fc="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Ji(e,t){return(s,n,o,a)=>a==null?Ls:t(e(n))}function dc(e,t){let s=e.series[t];return s.width?s.stroke(e,t):s.points.width?s.points.stroke(e,t):null}function pc(e,t){return e.series[t].fill(e,t)}const hc={show:!0,live:!0,isolate:!1,mount:$a,markers:{show:!0,width:2,stroke:dc,fill:pc,dash:"solid"},idx:null,idxs:null,values:[]};function mc(e,t){let s=e.cursor.points,n=St(),o=s.size(e,t);we(n,sl,o),we(n,il,o);let a=o/-2;we(n,"marginLeft",a),we(n,"marginTop",a);let c=s.width(e,t,o);return c&&we(n,"borderWidth",c),n}function gc(e,t){let s=e.series[t].points;return s._fill||s._stroke}function wc(e,t){let s=e.series[t].points;return s._stroke||s._fill}function vc(e,t){return e.series[t].points.size}const ms=[0,0];function yc(e,t,s){return ms[0]=t,ms[1]=s,ms}function _l(e,t,s,n=!0){return o=>{o.button==0&&(!n||o.target==t)&&s(o)}}function gs(e,t,s,n=!0){return o=>{(!n||o.target==t)&&s(o)}}const Sc={show:!0,x:!0,y:!0,lock:!1,move:yc,points:{one:!1,show:mc,size:vc,width:0,stroke:wc,fill:gc},bind:{mousedown:_l,mouseup:_l,click:_l,dblclick:_l,mousemove:gs,mouseleave:gs,mouseenter:gs},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,s,n,o)=>n-o,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Wo={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Fs=Ae({},Wo,{filter:Mo}),Go=Ae({},Fs,{size:10}),jo=Ae({},Wo,{show:!1}),Bs='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Yo="bold "+Bs,Ko=1.5,Qi={show:!0,scale:"x",stroke:$s,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Yo,side:2,grid:Fs,ticks:Go,border:jo,font:Bs,lineGap:Ko,rotate:0},bc="Value",_c="Time",Zi={show:!0,scale:"x",auto:!1,sorted:1,min:fe,max:-fe,idxs:[]};function Ec(e,t,s,n,o){return t.map(a=>a==null?"":Vs(a))}function Tc(e,t,s,n,o,a,c){let f=[],p=Xt.get(o)||0;s=c?s:de(Dl(s,o),p);for(let h=s;h<=n;h=de(h+o,p))f.push(Object.is(h,-0)?0:h);return f}function Ts(e,t,s,n,o,a,c){const f=[],p=e.scales[e.axes[t].scale].log,h=p==10?Ft:Po,S=dt(h(s));o=zn(p,S),p==10&&(o=dn[Pt(o,dn)]);let m=s,v=o*p;p==10&&(v=dn[Pt(v,dn)]);do f.push(m),m=m+o,p==10&&!Xt.has(m)&&(m=de(m,Xt.get(o))),m>=v&&(o=m,v=o*p,p==10&&(v=dn[Pt(v,dn)]));while(m<=n);return f}function Cc(e,t,s,n,o,a,c){let p=e.scales[e.axes[t].scale].asinh,h=n>p?Ts(e,t,Ze(p,s),n,o):[p],S=n>=0&&s<=0?[0]:[];return(s<-p?Ts(e,t,Ze(p,-n),-s,o):[p]).reverse().map(v=>-v).concat(S,h)}const Jo=/./,kc=/[12357]/,Ac=/[125]/,Xi=/1/,Cs=(e,t,s,n)=>e.map((o,a)=>t==4&&o==0||a%n==0&&s.test(o.toExponential()[o<0?1:0])?o:null);function Pc(e,t,s,n,o){let a=e.axes[s],c=a.scale,f=e.scales[c],p=e.valToPos,h=a._space,S=p(10,c),m=p(9,c)-S>=h?Jo:p(7,c)-S>=h?kc:p(5,c)-S>=h?Ac:Xi;if(m==Xi){let v=Me(p(1,c)-S);if(v<h)return Cs(t.slice().reverse(),f.distr,m,bt(h/v)).reverse()}return Cs(t,f.distr,m,1)}function xc(e,t,s,n,o){let a=e.axes[s],c=a.scale,f=a._space,p=e.valToPos,h=Me(p(1,c)-p(2,c));return h<f?Cs(t.slice().reverse(),3,Jo,bt(f/h)).reverse():t}function qc(e,t,s,n){return n==null?Ls:t==null?"":Vs(t)}const eo={show:!0,scale:"y",stroke:$s,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Yo,side:3,grid:Fs,ticks:Go,border:jo,font:Bs,lineGap:Ko,rotate:0};function Mc(e,t){let s=3+(e||1)*2;return de(s*t,3)}function Ic(e,t){let{scale:s,idxs:n}=e.series[0],o=e._data[0],a=e.valToPos(o[n[0]],s,!0),c=e.valToPos(o[n[1]],s,!0),f=Me(c-a),p=e.series[t],h=f/(p.points.space*oe);return n[1]-n[0]<=h}const to={scale:null,auto:!0,sorted:0,min:fe,max:-fe},Qo=(e,t,s,n,o)=>o,no={show:!0,auto:!0,sorted:0,gaps:Qo,alpha:1,facets:[Ae({},to,{scale:"x"}),Ae({},to,{scale:"y"})]},lo={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Qo,alpha:1,points:{show:Ic,filter:null},values:null,min:fe,max:-fe,idxs:[],path:null,clip:null};function $c(e,t,s,n,o){return s/10}const Zo={time:sa,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Lc=Ae({},Zo,{time:!1,ori:1}),so={};function Xo(e,t){let s=so[e];return s||(s={key:e,plots:[],sub(n){s.plots.push(n)},unsub(n){s.plots=s.plots.filter(o=>o!=n)},pub(n,o,a,c,f,p,h){for(let S=0;S<s.plots.length;S++)s.plots[S]!=o&&s.plots[S].pub(n,o,a,c,f,p,h)}},e!=null&&(so[e]=s)),s}const Bn=1,ks=2;function wn(e,t,s){const n=e.mode,o=e.series[t],a=n==2?e._data[t]:e._data,c=e.scales,f=e.bbox;let p=a[0],h=n==2?a[1]:a[t],S=n==2?c[o.facets[0].scale]:c[e.series[0].scale],m=n==2?c[o.facets[1].scale]:c[o.scale],v=f.left,I=f.top,x=f.width,D=f.height,N=e.valToPosH,F=e.valToPosV;return S.ori==0?s(o,p,h,S,m,N,F,v,I,x,D,Vl,Wn,zl,tr,lr):s(o,p,h,S,m,F,N,I,v,D,x,Ol,Gn,Gs,nr,sr)}function Hs(e,t){let s=0,n=0,o=se(e.bands,Os);for(let a=0;a<o.length;a++){let c=o[a];c.series[0]==t?s=c.dir:c.series[1]==t&&(c.dir==1?n|=1:n|=2)}return[s,n==1?-1:n==2?1:n==3?2:0]}function Dc(e,t,s,n,o){let a=e.mode,c=e.series[t],f=a==2?c.facets[1].scale:c.scale,p=e.scales[f];return o==-1?p.min:o==1?p.max:p.distr==3?p.dir==1?p.min:p.max:0}function Bt(e,t,s,n,o,a){return wn(e,t,(c,f,p,h,S,m,v,I,x,D,N)=>{let F=c.pxRound;const _=h.dir*(h.ori==0?1:-1),C=h.ori==0?Wn:Gn;let E,P;_==1?(E=s,P=n):(E=n,P=s);let y=F(m(f[E],h,D,I)),q=F(v(p[E],S,N,x)),V=F(m(f[P],h,D,I)),M=F(v(a==1?S.max:S.min,S,N,x)),z=new Path2D(o);return C(z,V,M),C(z,y,M),C(z,y,q),z})}function Nl(e,t,s,n,o,a){let c=null;if(e.length>0){c=new Path2D;const f=t==0?zl:Gs;let p=s;for(let m=0;m<e.length;m++){let v=e[m];if(v[1]>v[0]){let I=v[0]-p;I>0&&f(c,p,n,I,n+a),p=v[1]}}let h=s+o-p,S=10;h>0&&f(c,p,n-S/2,h,n+a+S)}return c}function Rc(e,t,s){let n=e[e.length-1];n&&n[0]==t?n[1]=s:e.push([t,s])}function Ws(e,t,s,n,o,a,c){let f=[],p=e.length;for(let h=o==1?s:n;h>=s&&h<=n;h+=o)if(t[h]===null){let m=h,v=h;if(o==1)for(;++h<=n&&t[h]===null;)v=h;else for(;--h>=s&&t[h]===null;)v=h;let I=a(e[m]),x=v==m?I:a(e[v]),D=m-o;I=c<=0&&D>=0&&D<p?a(e[D]):I;let F=v+o;x=c>=0&&F>=0&&F<p?a(e[F]):x,x>=I&&f.push([I,x])}return f}function io(e){return e==0?qo:e==1?qe:t=>fn(t,e)}function er(e){let t=e==0?Vl:Ol,s=e==0?(o,a,c,f,p,h)=>{o.arcTo(a,c,f,p,h)}:(o,a,c,f,p,h)=>{o.arcTo(c,a,p,f,h)},n=e==0?(o,a,c,f,p)=>{o.rect(a,c,f,p)}:(o,a,c,f,p)=>{o.rect(c,a,p,f)};return(o,a,c,f,p,h=0,S=0)=>{h==0&&S==0?n(o,a,c,f,p):(h=xt(h,f/2,p/2),S=xt(S,f/2,p/2),t(o,a+h,c),s(o,a+f,c,a+f,c+p,h),s(o,a+f,c+p,a,c+p,S),s(o,a,c+p,a,c,S),s(o,a,c,a+f,c,h),o.closePath())}}const Vl=(e,t,s)=>{e.moveTo(t,s)},Ol=(e,t,s)=>{e.moveTo(s,t)},Wn=(e,t,s)=>{e.lineTo(t,s)},Gn=(e,t,s)=>{e.lineTo(s,t)},zl=er(0),Gs=er(1),tr=(e,t,s,n,o,a)=>{e.arc(t,s,n,o,a)},nr=(e,t,s,n,o,a)=>{e.arc(s,t,n,o,a)},lr=(e,t,s,n,o,a,c)=>{e.bezierCurveTo(t,s,n,o,a,c)},sr=(e,t,s,n,o,a,c)=>{e.bezierCurveTo(s,t,o,n,c,a)};function ir(e){return(t,s,n,o,a)=>wn(t,s,(c,f,p,h,S,m,v,I,x,D,N)=>{let{pxRound:F,points:_}=c,C,E;h.ori==0?(C=Vl,E=tr):(C=Ol,E=nr);const P=de(_.width*oe,3);let y=(_.size-_.width)/2*oe,q=de(y*2,3),V=new Path2D,M=new Path2D,{left:z,top:A,width:K,height:U}=t.bbox;zl(M,z-q,A-q,K+q*2,U+q*2);const j=W=>{if(p[W]!=null){let te=F(m(f[W],h,D,I)),G=F(v(p[W],S,N,x));C(V,te+y,G),E(V,te,G,y,0,Cl*2)}};if(a)a.forEach(j);else for(let W=n;W<=o;W++)j(W);return{stroke:P>0?V:null,fill:V,clip:M,flags:Bn|ks}})}function or(e){return(t,s,n,o,a,c)=>{n!=o&&(a!=n&&c!=n&&e(t,s,n),a!=o&&c!=o&&e(t,s,o),e(t,s,c))}}const Nc=or(Wn),Vc=or(Gn);function rr(e){const t=se(e?.alignGaps,0);return(s,n,o,a)=>wn(s,n,(c,f,p,h,S,m,v,I,x,D,N)=>{[o,a]=$l(p,o,a);let F=c.pxRound,_=U=>F(m(U,h,D,I)),C=U=>F(v(U,S,N,x)),E,P;h.ori==0?(E=Wn,P=Nc):(E=Gn,P=Vc);const y=h.dir*(h.ori==0?1:-1),q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Bn},V=q.stroke;let M=!1;if(a-o>=D*4){let U=B=>s.posToVal(B,h.key,!0),j=null,W=null,te,G,Xe,ve=_(f[y==1?o:a]),ne=_(f[o]),ce=_(f[a]),Z=U(y==1?ne+1:ce-1);for(let B=y==1?o:a;B>=o&&B<=a;B+=y){let Pe=f[B],ye=(y==1?Pe<Z:Pe>Z)?ve:_(Pe),re=p[B];ye==ve?re!=null?(G=re,j==null?(E(V,ye,C(G)),te=j=W=G):G<j?j=G:G>W&&(W=G)):re===null&&(M=!0):(j!=null&&P(V,ve,C(j),C(W),C(te),C(G)),re!=null?(G=re,E(V,ye,C(G)),j=W=te=G):(j=W=null,re===null&&(M=!0)),ve=ye,Z=U(ve+y))}j!=null&&j!=W&&Xe!=ve&&P(V,ve,C(j),C(W),C(te),C(G))}else for(let U=y==1?o:a;U>=o&&U<=a;U+=y){let j=p[U];j===null?M=!0:j!=null&&E(V,_(f[U]),C(j))}let[A,K]=Hs(s,n);if(c.fill!=null||A!=0){let U=q.fill=new Path2D(V),j=c.fillTo(s,n,c.min,c.max,A),W=C(j),te=_(f[o]),G=_(f[a]);y==-1&&([G,te]=[te,G]),E(U,G,W),E(U,te,W)}if(!c.spanGaps){let U=[];M&&U.push(...Ws(f,p,o,a,y,_,t)),q.gaps=U=c.gaps(s,n,o,a,U),q.clip=Nl(U,h.ori,I,x,D,N)}return K!=0&&(q.band=K==2?[Bt(s,n,o,a,V,-1),Bt(s,n,o,a,V,1)]:Bt(s,n,o,a,V,K)),q})}function Oc(e){const t=se(e.align,1),s=se(e.ascDesc,!1),n=se(e.alignGaps,0),o=se(e.extend,!1);return(a,c,f,p)=>wn(a,c,(h,S,m,v,I,x,D,N,F,_,C)=>{[f,p]=$l(m,f,p);let E=h.pxRound,{left:P,width:y}=a.bbox,q=ne=>E(x(ne,v,_,N)),V=ne=>E(D(ne,I,C,F)),M=v.ori==0?Wn:Gn;const z={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Bn},A=z.stroke,K=v.dir*(v.ori==0?1:-1);let U=V(m[K==1?f:p]),j=q(S[K==1?f:p]),W=j,te=j;o&&t==-1&&(te=P,M(A,te,U)),M(A,j,U);for(let ne=K==1?f:p;ne>=f&&ne<=p;ne+=K){let ce=m[ne];if(ce==null)continue;let Z=q(S[ne]),B=V(ce);t==1?M(A,Z,U):M(A,W,B),M(A,Z,B),U=B,W=Z}let G=W;o&&t==1&&(G=P+y,M(A,G,U));let[Xe,ve]=Hs(a,c);if(h.fill!=null||Xe!=0){let ne=z.fill=new Path2D(A),ce=h.fillTo(a,c,h.min,h.max,Xe),Z=V(ce);M(ne,G,Z),M(ne,te,Z)}if(!h.spanGaps){let ne=[];ne.push(...Ws(S,m,f,p,K,q,n));let ce=h.width*oe/2,Z=s||t==1?ce:-ce,B=s||t==-1?-ce:ce;ne.forEach(Pe=>{Pe[0]+=Z,Pe[1]+=B}),z.gaps=ne=h.gaps(a,c,f,p,ne),z.clip=Nl(ne,v.ori,N,F,_,C)}return ve!=0&&(z.band=ve==2?[Bt(a,c,f,p,A,-1),Bt(a,c,f,p,A,1)]:Bt(a,c,f,p,A,ve)),z})}function oo(e,t,s,n,o,a,c=fe){if(e.length>1){let f=null;for(let p=0,h=1/0;p<e.length;p++)if(t[p]!==void 0){if(f!=null){let S=Me(e[p]-e[f]);S<h&&(h=S,c=Me(s(e[p],n,o,a)-s(e[f],n,o,a)))}f=p}}return c}function zc(e){e=e||al;const t=se(e.size,[.6,fe,1]),s=e.align||0,n=e.gap||0;let o=e.radius;o=o==null?[0,0]:typeof o=="number"?[o,0]:o;const a=ee(o),c=1-t[0],f=se(t[1],fe),p=se(t[2],1),h=se(e.disp,al),S=se(e.each,I=>{}),{fill:m,stroke:v}=h;return(I,x,D,N)=>wn(I,x,(F,_,C,E,P,y,q,V,M,z,A)=>{let K=F.pxRound,U=s,j=n*oe,W=f*oe,te=p*oe,G,Xe;E.ori==0?[G,Xe]=a(I,x):[Xe,G]=a(I,x);const ve=E.dir*(E.ori==0?1:-1);let ne=E.ori==0?zl:Gs,ce=E.ori==0?S:(R,pe,xe,bn,nn,Mt,ln)=>{S(R,pe,xe,nn,bn,ln,Mt)},Z=se(I.bands,Os).find(R=>R.series[0]==x),B=Z!=null?Z.dir:0,Pe=F.fillTo(I,x,F.min,F.max,B),Ge=K(q(Pe,P,A,M)),ye,re,_t,st=z,be=K(F.width*oe),qt=!1,Ot=null,ht=null,Ht=null,vn=null;m!=null&&(be==0||v!=null)&&(qt=!0,Ot=m.values(I,x,D,N),ht=new Map,new Set(Ot).forEach(R=>{R!=null&&ht.set(R,new Path2D)}),be>0&&(Ht=v.values(I,x,D,N),vn=new Map,new Set(Ht).forEach(R=>{R!=null&&vn.set(R,new Path2D)})));let{x0:yn,size:jn}=h;if(yn!=null&&jn!=null){U=1,_=yn.values(I,x,D,N),yn.unit==2&&(_=_.map(xe=>I.posToVal(V+xe*z,E.key,!0)));let R=jn.values(I,x,D,N);jn.unit==2?re=R[0]*z:re=y(R[0],E,z,V)-y(0,E,z,V),st=oo(_,C,y,E,z,V,st),_t=st-re+j}else st=oo(_,C,y,E,z,V,st),_t=st*c+j,re=st-_t;_t<1&&(_t=0),be>=re/2&&(be=0),_t<5&&(K=qo);let ul=_t>0,en=st-_t-(ul?be:0);re=K(Es(en,te,W)),ye=(U==0?re/2:U==ve?0:re)-U*ve*((U==0?j/2:0)+(ul?be/2:0));const je={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Sn=qt?null:new Path2D;let zt=null;if(Z!=null)zt=I.data[Z.series[1]];else{let{y0:R,y1:pe}=h;R!=null&&pe!=null&&(C=pe.values(I,x,D,N),zt=R.values(I,x,D,N))}let tn=G*re,Q=Xe*re;for(let R=ve==1?D:N;R>=D&&R<=N;R+=ve){let pe=C[R];if(pe==null)continue;if(zt!=null){let et=zt[R]??0;if(pe-et==0)continue;Ge=q(et,P,A,M)}let xe=E.distr!=2||h!=null?_[R]:R,bn=y(xe,E,z,V),nn=q(se(pe,Pe),P,A,M),Mt=K(bn-ye),ln=K(Ze(nn,Ge)),it=K(xt(nn,Ge)),mt=ln-it;if(pe!=null){let et=pe<0?Q:tn,Et=pe<0?tn:Q;qt?(be>0&&Ht[R]!=null&&ne(vn.get(Ht[R]),Mt,it+dt(be/2),re,Ze(0,mt-be),et,Et),Ot[R]!=null&&ne(ht.get(Ot[R]),Mt,it+dt(be/2),re,Ze(0,mt-be),et,Et)):ne(Sn,Mt,it+dt(be/2),re,Ze(0,mt-be),et,Et),ce(I,x,R,Mt-be/2,it,re+be,mt)}}return be>0?je.stroke=qt?vn:Sn:qt||(je._fill=F.width==0?F._fill:F._stroke??F._fill,je.width=0),je.fill=qt?ht:Sn,je})}function Uc(e,t){const s=se(t?.alignGaps,0);return(n,o,a,c)=>wn(n,o,(f,p,h,S,m,v,I,x,D,N,F)=>{[a,c]=$l(h,a,c);let _=f.pxRound,C=G=>_(v(G,S,N,x)),E=G=>_(I(G,m,F,D)),P,y,q;S.ori==0?(P=Vl,q=Wn,y=lr):(P=Ol,q=Gn,y=sr);const V=S.dir*(S.ori==0?1:-1);let M=C(p[V==1?a:c]),z=M,A=[],K=[];for(let G=V==1?a:c;G>=a&&G<=c;G+=V)if(h[G]!=null){let ve=p[G],ne=C(ve);A.push(z=ne),K.push(E(h[G]))}const U={stroke:e(A,K,P,q,y,_),fill:null,clip:null,band:null,gaps:null,flags:Bn},j=U.stroke;let[W,te]=Hs(n,o);if(f.fill!=null||W!=0){let G=U.fill=new Path2D(j),Xe=f.fillTo(n,o,f.min,f.max,W),ve=E(Xe);q(G,z,ve),q(G,M,ve)}if(!f.spanGaps){let G=[];G.push(...Ws(p,h,a,c,V,C,s)),U.gaps=G=f.gaps(n,o,a,c,G),U.clip=Nl(G,S.ori,x,D,N,F)}return te!=0&&(U.band=te==2?[Bt(n,o,a,c,j,-1),Bt(n,o,a,c,j,1)]:Bt(n,o,a,c,j,te)),U})}function Fc(e){return Uc(Bc,e)}function Bc(e,t,s,n,o,a){const c=e.length;if(c<2)return null;const f=new Path2D;if(s(f,e[0],t[0]),c==2)n(f,e[1],t[1]);else{let p=Array(c),h=Array(c-1),S=Array(c-1),m=Array(c-1);for(let v=0;v<c-1;v++)S[v]=t[v+1]-t[v],m[v]=e[v+1]-e[v],h[v]=S[v]/m[v];p[0]=h[0];for(let v=1;v<c-1;v++)h[v]===0||h[v-1]===0||h[v-1]>0!=h[v]>0?p[v]=0:(p[v]=3*(m[v-1]+m[v])/((2*m[v]+m[v-1])/h[v-1]+(m[v]+2*m[v-1])/h[v]),isFinite(p[v])||(p[v]=0));p[c-1]=h[c-2];for(let v=0;v<c-1;v++)o(f,e[v]+m[v]/3,t[v]+p[v]*m[v]/3,e[v+1]-m[v]/3,t[v+1]-p[v+1]*m[v]/3,e[v+1],t[v+1])}return f}const As=new Set;function ro(){for(let e of As)e.syncRect(!0)}Hn&&(mn(Ea,On,ro),mn(Ta,On,ro,!0),mn(Al,On,()=>{We.pxRatio=oe}));const Hc=rr(),Wc=ir();function ao(e,t,s,n){return(n?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((a,c)=>Ps(a,c,t,s))}function Gc(e,t){return e.map((s,n)=>n==0?{}:Ae({},t,s))}function Ps(e,t,s,n){return Ae({},t==0?s:n,e)}function ar(e,t,s){return t==null?Un:[t,s]}const jc=ar;function Yc(e,t,s){return t==null?Un:Pl(t,s,Ns,!0)}function cr(e,t,s,n){return t==null?Un:Ll(t,s,e.scales[n].log,!1)}const Kc=cr;function ur(e,t,s,n){return t==null?Un:Rs(t,s,e.scales[n].log,!1)}const Jc=ur;function Qc(e,t,s,n,o){let a=Ze(zi(e),zi(t)),c=t-e,f=Pt(o/n*c,s);do{let p=s[f],h=n*p/c;if(h>=o&&a+(p<5?Xt.get(p):0)<=17)return[p,h]}while(++f<s.length);return[0,0]}function co(e){let t,s;return e=e.replace(/(\d+)px/,(n,o)=>(t=qe((s=+o)*oe))+"px"),[e,t,s]}function Zc(e){e.show&&[e.font,e.labelFont].forEach(t=>{let s=de(t[2]*oe,1);t[0]=t[0].replace(/[0-9.]+px/,s+"px"),t[1]=s})}function We(e,t,s){const n={mode:se(e.mode,1)},o=n.mode;function a(l,i,r,u){let d=i.valToPct(l);return u+r*(i.dir==-1?1-d:d)}function c(l,i,r,u){let d=i.valToPct(l);return u+r*(i.dir==-1?d:1-d)}function f(l,i,r,u){return i.ori==0?a(l,i,r,u):c(l,i,r,u)}n.valToPosH=a,n.valToPosV=c;let p=!1;n.status=0;const h=n.root=St(ia);if(e.id!=null&&(h.id=e.id),ct(h,e.class),e.title){let l=St(aa,h);l.textContent=e.title}const S=At("canvas"),m=n.ctx=S.getContext("2d"),v=St(ca,h);mn("click",v,l=>{l.target===x&&(he!=In||Se!=$n)&&Fe.click(n,l)},!0);const I=n.under=St(ua,v);v.appendChild(S);const x=n.over=St(fa,v);e=Fn(e);const D=+se(e.pxAlign,1),N=io(D);(e.plugins||[]).forEach(l=>{l.opts&&(e=l.opts(n,e)||e)});const F=e.ms||.001,_=n.series=o==1?ao(e.series||[],Zi,lo,!1):Gc(e.series||[null],no),C=n.axes=ao(e.axes||[],Qi,eo,!0),E=n.scales={},P=n.bands=e.bands||[];P.forEach(l=>{l.fill=ee(l.fill||null),l.dir=se(l.dir,-1)});const y=o==2?_[1].facets[0].scale:_[0].scale,q={axes:$r,series:Pr},V=(e.drawOrder||["axes","series"]).map(l=>q[l]);function M(l){const i=l.distr==3?r=>Ft(r>0?r:l.clamp(n,r,l.min,l.max,l.key)):l.distr==4?r=>ps(r,l.asinh):l.distr==100?r=>l.fwd(r):r=>r;return r=>{let u=i(r),{_min:d,_max:g}=l,b=g-d;return(u-d)/b}}function z(l){let i=E[l];if(i==null){let r=(e.scales||al)[l]||al;if(r.from!=null){z(r.from);let u=Ae({},E[r.from],r,{key:l});u.valToPct=M(u),E[l]=u}else{i=E[l]=Ae({},l==y?Zo:Lc,r),i.key=l;let u=i.time,d=i.range,g=Qt(d);if((l!=y||o==2&&!u)&&(g&&(d[0]==null||d[1]==null)&&(d={min:d[0]==null?Ni:{mode:1,hard:d[0],soft:d[0]},max:d[1]==null?Ni:{mode:1,hard:d[1],soft:d[1]}},g=!1),!g&&Rl(d))){let b=d;d=(T,k,$)=>k==null?Un:Pl(k,$,b)}i.range=ee(d||(u?jc:l==y?i.distr==3?Kc:i.distr==4?Jc:ar:i.distr==3?cr:i.distr==4?ur:Yc)),i.auto=ee(g?!1:i.auto),i.clamp=ee(i.clamp||$c),i._min=i._max=null,i.valToPct=M(i)}}}z("x"),z("y"),o==1&&_.forEach(l=>{z(l.scale)}),C.forEach(l=>{z(l.scale)});for(let l in e.scales)z(l);const A=E[y],K=A.distr;let U,j;A.ori==0?(ct(h,oa),U=a,j=c):(ct(h,ra),U=c,j=a);const W={};for(let l in E){let i=E[l];(i.min!=null||i.max!=null)&&(W[l]={min:i.min,max:i.max},i.min=i.max=null)}const te=e.tzDate||(l=>new Date(qe(l/F))),G=e.fmtDate||zs,Xe=F==1?oc(te):cc(te),ve=Yi(te,ji(F==1?ic:ac,G)),ne=Ji(te,Ki(fc,G)),ce=[],Z=n.legend=Ae({},hc,e.legend),B=n.cursor=Ae({},Sc,{drag:{y:o==2}},e.cursor),Pe=Z.show,Ge=B.show,ye=Z.markers;Z.idxs=ce,ye.width=ee(ye.width),ye.dash=ee(ye.dash),ye.stroke=ee(ye.stroke),ye.fill=ee(ye.fill);let re,_t,st,be=[],qt=[],Ot,ht=!1,Ht={};if(Z.live){const l=_[1]?_[1].values:null;ht=l!=null,Ot=ht?l(n,1,0):{_:0};for(let i in Ot)Ht[i]=Ls}if(Pe)if(re=At("table",wa,h),st=At("tbody",null,re),Z.mount(n,re),ht){_t=At("thead",null,re,st);let l=At("tr",null,_t);At("th",null,l);for(var vn in Ot)At("th",Ti,l).textContent=vn}else ct(re,ya),Z.live&&ct(re,va);const yn={show:!0},jn={show:!1};function ul(l,i){if(i==0&&(ht||!Z.live||o==2))return Un;let r=[],u=At("tr",Sa,st,st.childNodes[i]);ct(u,l.class),l.show||ct(u,pn);let d=At("th",null,u);if(ye.show){let T=St(ba,d);if(i>0){let k=ye.width(n,i);k&&(T.style.border=k+"px "+ye.dash(n,i)+" "+ye.stroke(n,i)),T.style.background=ye.fill(n,i)}}let g=St(Ti,d);l.label instanceof HTMLElement?g.appendChild(l.label):g.textContent=l.label,i>0&&(ye.show||(g.style.color=l.width>0?ye.stroke(n,i):ye.fill(n,i)),je("click",d,T=>{if(B._lock)return;on(T);let k=_.indexOf(l);if((T.ctrlKey||T.metaKey)!=Z.isolate){let $=_.some((L,O)=>O>0&&O!=k&&L.show);_.forEach((L,O)=>{O>0&&$t(O,$?O==k?yn:jn:yn,!0,ke.setSeries)})}else $t(k,{show:!l.show},!0,ke.setSeries)},!1),En&&je(Pi,d,T=>{B._lock||(on(T),$t(_.indexOf(l),Dn,!0,ke.setSeries))},!1));for(var b in Ot){let T=At("td",_a,u);T.textContent="--",r.push(T)}return[u,r]}const en=new Map;function je(l,i,r,u=!0){const d=en.get(i)||{},g=B.bind[l](n,i,r,u);g&&(mn(l,i,d[l]=g),en.set(i,d))}function Sn(l,i,r){const u=en.get(i)||{};for(let d in u)(l==null||d==l)&&(_s(d,i,u[d]),delete u[d]);l==null&&en.delete(i)}let zt=0,tn=0,Q=0,R=0,pe=0,xe=0,bn=pe,nn=xe,Mt=Q,ln=R,it=0,mt=0,et=0,Et=0;n.bbox={};let Ul=!1,fl=!1,_n=!1,sn=!1,dl=!1,gt=!1;function Fl(l,i,r){(r||l!=n.width||i!=n.height)&&Ys(l,i),Pn(!1),_n=!0,fl=!0,xn()}function Ys(l,i){n.width=zt=Q=l,n.height=tn=R=i,pe=xe=0,br(),_r();let r=n.bbox;it=r.left=fn(pe*oe,.5),mt=r.top=fn(xe*oe,.5),et=r.width=fn(Q*oe,.5),Et=r.height=fn(R*oe,.5)}const vr=3;function yr(){let l=!1,i=0;for(;!l;){i++;let r=Mr(i),u=Ir(i);l=i==vr||r&&u,l||(Ys(n.width,n.height),fl=!0)}}function Sr({width:l,height:i}){Fl(l,i)}n.setSize=Sr;function br(){let l=!1,i=!1,r=!1,u=!1;C.forEach((d,g)=>{if(d.show&&d._show){let{side:b,_size:T}=d,k=b%2,$=d.label!=null?d.labelSize:0,L=T+$;L>0&&(k?(Q-=L,b==3?(pe+=L,u=!0):r=!0):(R-=L,b==0?(xe+=L,l=!0):i=!0))}}),rn[0]=l,rn[1]=r,rn[2]=i,rn[3]=u,Q-=Wt[1]+Wt[3],pe+=Wt[3],R-=Wt[2]+Wt[0],xe+=Wt[0]}function _r(){let l=pe+Q,i=xe+R,r=pe,u=xe;function d(g,b){switch(g){case 1:return l+=b,l-b;case 2:return i+=b,i-b;case 3:return r-=b,r+b;case 0:return u-=b,u+b}}C.forEach((g,b)=>{if(g.show&&g._show){let T=g.side;g._pos=d(T,g._size),g.label!=null&&(g._lpos=d(T,g.labelSize))}})}if(B.dataIdx==null){let l=B.hover,i=l.skip=new Set(l.skip??[]);i.add(void 0);let r=l.prox=ee(l.prox),u=l.bias??=0;B.dataIdx=(d,g,b,T)=>{if(g==0)return b;let k=b,$=r(d,g,b,T)??fe,L=$>=0&&$<fe,O=A.ori==0?Q:R,J=B.left,ie=t[0],le=t[g];if(i.has(le[b])){k=null;let X=null,Y=null,H;if(u==0||u==-1)for(H=b;X==null&&H-- >0;)i.has(le[H])||(X=H);if(u==0||u==1)for(H=b;Y==null&&H++<le.length;)i.has(le[H])||(Y=H);if(X!=null||Y!=null)if(L){let ge=X==null?-1/0:U(ie[X],A,O,0),_e=Y==null?1/0:U(ie[Y],A,O,0),Oe=J-ge,ue=_e-J;Oe<=ue?Oe<=$&&(k=X):ue<=$&&(k=Y)}else k=Y==null?X:X==null?Y:b-X<=Y-b?X:Y}else L&&Me(J-U(ie[b],A,O,0))>$&&(k=null);return k}}const on=l=>{B.event=l};B.idxs=ce,B._lock=!1;let He=B.points;He.show=ee(He.show),He.size=ee(He.size),He.stroke=ee(He.stroke),He.width=ee(He.width),He.fill=ee(He.fill);const It=n.focus=Ae({},e.focus||{alpha:.3},B.focus),En=It.prox>=0,Tn=En&&He.one;let wt=[],Cn=[],kn=[];function Ks(l,i){let r=He.show(n,i);if(r instanceof HTMLElement)return ct(r,ga),ct(r,l.class),Nt(r,-10,-10,Q,R),x.insertBefore(r,wt[i]),r}function Js(l,i){if(o==1||i>0){let r=o==1&&E[l.scale].time,u=l.value;l.value=r?Bi(u)?Ji(te,Ki(u,G)):u||ne:u||qc,l.label=l.label||(r?_c:bc)}if(Tn||i>0){l.width=l.width==null?1:l.width,l.paths=l.paths||Hc||La,l.fillTo=ee(l.fillTo||Dc),l.pxAlign=+se(l.pxAlign,D),l.pxRound=io(l.pxAlign),l.stroke=ee(l.stroke||null),l.fill=ee(l.fill||null),l._stroke=l._fill=l._paths=l._focus=null;let r=Mc(Ze(1,l.width),1),u=l.points=Ae({},{size:r,width:Ze(1,r*.2),stroke:l.stroke,space:r*2,paths:Wc,_stroke:null,_fill:null},l.points);u.show=ee(u.show),u.filter=ee(u.filter),u.fill=ee(u.fill),u.stroke=ee(u.stroke),u.paths=ee(u.paths),u.pxAlign=l.pxAlign}if(Pe){let r=ul(l,i);be.splice(i,0,r[0]),qt.splice(i,0,r[1]),Z.values.push(null)}if(Ge){ce.splice(i,0,null);let r=null;Tn?i==0&&(r=Ks(l,i)):i>0&&(r=Ks(l,i)),wt.splice(i,0,r),Cn.splice(i,0,0),kn.splice(i,0,0)}Ve("addSeries",i)}function Er(l,i){i=i??_.length,l=o==1?Ps(l,i,Zi,lo):Ps(l,i,{},no),_.splice(i,0,l),Js(_[i],i)}n.addSeries=Er;function Tr(l){if(_.splice(l,1),Pe){Z.values.splice(l,1),qt.splice(l,1);let i=be.splice(l,1)[0];Sn(null,i.firstChild),i.remove()}Ge&&(ce.splice(l,1),wt.splice(l,1)[0].remove(),Cn.splice(l,1),kn.splice(l,1)),Ve("delSeries",l)}n.delSeries=Tr;const rn=[!1,!1,!1,!1];function Cr(l,i){if(l._show=l.show,l.show){let r=l.side%2,u=E[l.scale];u==null&&(l.scale=r?_[1].scale:y,u=E[l.scale]);let d=u.time;l.size=ee(l.size),l.space=ee(l.space),l.rotate=ee(l.rotate),Qt(l.incrs)&&l.incrs.forEach(b=>{!Xt.has(b)&&Xt.set(b,$o(b))}),l.incrs=ee(l.incrs||(u.distr==2?nc:d?F==1?sc:rc:dn)),l.splits=ee(l.splits||(d&&u.distr==1?Xe:u.distr==3?Ts:u.distr==4?Cc:Tc)),l.stroke=ee(l.stroke),l.grid.stroke=ee(l.grid.stroke),l.ticks.stroke=ee(l.ticks.stroke),l.border.stroke=ee(l.border.stroke);let g=l.values;l.values=Qt(g)&&!Qt(g[0])?ee(g):d?Qt(g)?Yi(te,ji(g,G)):Bi(g)?uc(te,g):g||ve:g||Ec,l.filter=ee(l.filter||(u.distr>=3&&u.log==10?Pc:u.distr==3&&u.log==2?xc:Mo)),l.font=co(l.font),l.labelFont=co(l.labelFont),l._size=l.size(n,null,i,0),l._space=l._rotate=l._incrs=l._found=l._splits=l._values=null,l._size>0&&(rn[i]=!0,l._el=St(da,v))}}function Yn(l,i,r,u){let[d,g,b,T]=r,k=i%2,$=0;return k==0&&(T||g)&&($=i==0&&!d||i==2&&!b?qe(Qi.size/3):0),k==1&&(d||b)&&($=i==1&&!g||i==3&&!T?qe(eo.size/2):0),$}const Qs=n.padding=(e.padding||[Yn,Yn,Yn,Yn]).map(l=>ee(se(l,Yn))),Wt=n._padding=Qs.map((l,i)=>l(n,i,rn,0));let Ue,Le=null,De=null;const pl=o==1?_[0].idxs:null;let Tt=null,Kn=!1;function Zs(l,i){if(t=l??[],n.data=n._data=t,o==2){Ue=0;for(let r=1;r<_.length;r++)Ue+=t[r][0].length}else{t.length==0&&(n.data=n._data=t=[[]]),Tt=t[0],Ue=Tt.length;let r=t;if(K==2){r=t.slice();let u=r[0]=Array(Ue);for(let d=0;d<Ue;d++)u[d]=d}n._data=t=r}if(Pn(!0),Ve("setData"),K==2&&(_n=!0),i!==!1){let r=A;r.auto(n,Kn)?Bl():jt(y,r.min,r.max),sn=sn||B.left>=0,gt=!0,xn()}}n.setData=Zs;function Bl(){Kn=!0;let l,i;o==1&&(Ue>0?(Le=pl[0]=0,De=pl[1]=Ue-1,l=t[0][Le],i=t[0][De],K==2?(l=Le,i=De):l==i&&(K==3?[l,i]=Ll(l,l,A.log,!1):K==4?[l,i]=Rs(l,l,A.log,!1):A.time?i=l+qe(86400/F):[l,i]=Pl(l,i,Ns,!0))):(Le=pl[0]=l=null,De=pl[1]=i=null)),jt(y,l,i)}let hl,An,Hl,Wl,Gl,jl,Yl,Kl,Jl,tt;function Xs(l,i,r,u,d,g){l??=ki,r??=Os,u??="butt",d??=ki,g??="round",l!=hl&&(m.strokeStyle=hl=l),d!=An&&(m.fillStyle=An=d),i!=Hl&&(m.lineWidth=Hl=i),g!=Gl&&(m.lineJoin=Gl=g),u!=jl&&(m.lineCap=jl=u),r!=Wl&&m.setLineDash(Wl=r)}function ei(l,i,r,u){i!=An&&(m.fillStyle=An=i),l!=Yl&&(m.font=Yl=l),r!=Kl&&(m.textAlign=Kl=r),u!=Jl&&(m.textBaseline=Jl=u)}function Ql(l,i,r,u,d=0){if(u.length>0&&l.auto(n,Kn)&&(i==null||i.min==null)){let g=se(Le,0),b=se(De,u.length-1),T=r.min==null?Pa(u,g,b,d,l.distr==3):[r.min,r.max];l.min=xt(l.min,r.min=T[0]),l.max=Ze(l.max,r.max=T[1])}}const ti={min:null,max:null};function kr(){for(let u in E){let d=E[u];W[u]==null&&(d.min==null||W[y]!=null&&d.auto(n,Kn))&&(W[u]=ti)}for(let u in E){let d=E[u];W[u]==null&&d.from!=null&&W[d.from]!=null&&(W[u]=ti)}W[y]!=null&&Pn(!0);let l={};for(let u in W){let d=W[u];if(d!=null){let g=l[u]=Fn(E[u],Na);if(d.min!=null)Ae(g,d);else if(u!=y||o==2)if(Ue==0&&g.from==null){let b=g.range(n,null,null,u);g.min=b[0],g.max=b[1]}else g.min=fe,g.max=-fe}}if(Ue>0){_.forEach((u,d)=>{if(o==1){let g=u.scale,b=W[g];if(b==null)return;let T=l[g];if(d==0){let k=T.range(n,T.min,T.max,g);T.min=k[0],T.max=k[1],Le=Pt(T.min,t[0]),De=Pt(T.max,t[0]),De-Le>1&&(t[0][Le]<T.min&&Le++,t[0][De]>T.max&&De--),u.min=Tt[Le],u.max=Tt[De]}else u.show&&u.auto&&Ql(T,b,u,t[d],u.sorted);u.idxs[0]=Le,u.idxs[1]=De}else if(d>0&&u.show&&u.auto){let[g,b]=u.facets,T=g.scale,k=b.scale,[$,L]=t[d],O=l[T],J=l[k];O!=null&&Ql(O,W[T],g,$,g.sorted),J!=null&&Ql(J,W[k],b,L,b.sorted),u.min=b.min,u.max=b.max}});for(let u in l){let d=l[u],g=W[u];if(d.from==null&&(g==null||g.min==null)){let b=d.range(n,d.min==fe?null:d.min,d.max==-fe?null:d.max,u);d.min=b[0],d.max=b[1]}}}for(let u in l){let d=l[u];if(d.from!=null){let g=l[d.from];if(g.min==null)d.min=d.max=null;else{let b=d.range(n,g.min,g.max,u);d.min=b[0],d.max=b[1]}}}let i={},r=!1;for(let u in l){let d=l[u],g=E[u];if(g.min!=d.min||g.max!=d.max){g.min=d.min,g.max=d.max;let b=g.distr;g._min=b==3?Ft(g.min):b==4?ps(g.min,g.asinh):b==100?g.fwd(g.min):g.min,g._max=b==3?Ft(g.max):b==4?ps(g.max,g.asinh):b==100?g.fwd(g.max):g.max,i[u]=r=!0}}if(r){_.forEach((u,d)=>{o==2?d>0&&i.y&&(u._paths=null):i[u.scale]&&(u._paths=null)});for(let u in i)_n=!0,Ve("setScale",u);Ge&&B.left>=0&&(sn=gt=!0)}for(let u in W)W[u]=null}function Ar(l){let i=Es(Le-1,0,Ue-1),r=Es(De+1,0,Ue-1);for(;l[i]==null&&i>0;)i--;for(;l[r]==null&&r<Ue-1;)r++;return[i,r]}function Pr(){if(Ue>0){let l=_.some(i=>i._focus)&&tt!=It.alpha;l&&(m.globalAlpha=tt=It.alpha),_.forEach((i,r)=>{if(r>0&&i.show&&(ni(r,!1),ni(r,!0),i._paths==null)){let u=tt;tt!=i.alpha&&(m.globalAlpha=tt=i.alpha);let d=o==2?[0,t[r][0].length-1]:Ar(t[r]);i._paths=i.paths(n,r,d[0],d[1]),tt!=u&&(m.globalAlpha=tt=u)}}),_.forEach((i,r)=>{if(r>0&&i.show){let u=tt;tt!=i.alpha&&(m.globalAlpha=tt=i.alpha),i._paths!=null&&li(r,!1);{let d=i._paths!=null?i._paths.gaps:null,g=i.points.show(n,r,Le,De,d),b=i.points.filter(n,r,g,d);(g||b)&&(i.points._paths=i.points.paths(n,r,Le,De,b),li(r,!0))}tt!=u&&(m.globalAlpha=tt=u),Ve("drawSeries",r)}}),l&&(m.globalAlpha=tt=1)}}function ni(l,i){let r=i?_[l].points:_[l];r._stroke=r.stroke(n,l),r._fill=r.fill(n,l)}function li(l,i){let r=i?_[l].points:_[l],{stroke:u,fill:d,clip:g,flags:b,_stroke:T=r._stroke,_fill:k=r._fill,_width:$=r.width}=r._paths;$=de($*oe,3);let L=null,O=$%2/2;i&&k==null&&(k=$>0?"#fff":T);let J=r.pxAlign==1&&O>0;if(J&&m.translate(O,O),!i){let ie=it-$/2,le=mt-$/2,X=et+$,Y=Et+$;L=new Path2D,L.rect(ie,le,X,Y)}i?Zl(T,$,r.dash,r.cap,k,u,d,b,g):xr(l,T,$,r.dash,r.cap,k,u,d,b,L,g),J&&m.translate(-O,-O)}function xr(l,i,r,u,d,g,b,T,k,$,L){let O=!1;k!=0&&P.forEach((J,ie)=>{if(J.series[0]==l){let le=_[J.series[1]],X=t[J.series[1]],Y=(le._paths||al).band;Qt(Y)&&(Y=J.dir==1?Y[0]:Y[1]);let H,ge=null;le.show&&Y&&qa(X,Le,De)?(ge=J.fill(n,ie)||g,H=le._paths.clip):Y=null,Zl(i,r,u,d,ge,b,T,k,$,L,H,Y),O=!0}}),O||Zl(i,r,u,d,g,b,T,k,$,L)}const si=Bn|ks;function Zl(l,i,r,u,d,g,b,T,k,$,L,O){Xs(l,i,r,u,d),(k||$||O)&&(m.save(),k&&m.clip(k),$&&m.clip($)),O?(T&si)==si?(m.clip(O),L&&m.clip(L),gl(d,b),ml(l,g,i)):T&ks?(gl(d,b),m.clip(O),ml(l,g,i)):T&Bn&&(m.save(),m.clip(O),L&&m.clip(L),gl(d,b),m.restore(),ml(l,g,i)):(gl(d,b),ml(l,g,i)),(k||$||O)&&m.restore()}function ml(l,i,r){r>0&&(i instanceof Map?i.forEach((u,d)=>{m.strokeStyle=hl=d,m.stroke(u)}):i!=null&&l&&m.stroke(i))}function gl(l,i){i instanceof Map?i.forEach((r,u)=>{m.fillStyle=An=u,m.fill(r)}):i!=null&&l&&m.fill(i)}function qr(l,i,r,u){let d=C[l],g;if(u<=0)g=[0,0];else{let b=d._space=d.space(n,l,i,r,u),T=d._incrs=d.incrs(n,l,i,r,u,b);g=Qc(i,r,T,u,b)}return d._found=g}function Xl(l,i,r,u,d,g,b,T,k,$){let L=b%2/2;D==1&&m.translate(L,L),Xs(T,b,k,$,T),m.beginPath();let O,J,ie,le,X=d+(u==0||u==3?-g:g);r==0?(J=d,le=X):(O=d,ie=X);for(let Y=0;Y<l.length;Y++)i[Y]!=null&&(r==0?O=ie=l[Y]:J=le=l[Y],m.moveTo(O,J),m.lineTo(ie,le));m.stroke(),D==1&&m.translate(-L,-L)}function Mr(l){let i=!0;return C.forEach((r,u)=>{if(!r.show)return;let d=E[r.scale];if(d.min==null){r._show&&(i=!1,r._show=!1,Pn(!1));return}else r._show||(i=!1,r._show=!0,Pn(!1));let g=r.side,b=g%2,{min:T,max:k}=d,[$,L]=qr(u,T,k,b==0?Q:R);if(L==0)return;let O=d.distr==2,J=r._splits=r.splits(n,u,T,k,$,L,O),ie=d.distr==2?J.map(H=>Tt[H]):J,le=d.distr==2?Tt[J[1]]-Tt[J[0]]:$,X=r._values=r.values(n,r.filter(n,ie,u,L,le),u,L,le);r._rotate=g==2?r.rotate(n,X,u,L):0;let Y=r._size;r._size=bt(r.size(n,X,u,l)),Y!=null&&r._size!=Y&&(i=!1)}),i}function Ir(l){let i=!0;return Qs.forEach((r,u)=>{let d=r(n,u,rn,l);d!=Wt[u]&&(i=!1),Wt[u]=d}),i}function $r(){for(let l=0;l<C.length;l++){let i=C[l];if(!i.show||!i._show)continue;let r=i.side,u=r%2,d,g,b=i.stroke(n,l),T=r==0||r==3?-1:1,[k,$]=i._found;if(i.label!=null){let Ke=i.labelGap*T,at=qe((i._lpos+Ke)*oe);ei(i.labelFont[0],b,"center",r==2?tl:Ci),m.save(),u==1?(d=g=0,m.translate(at,qe(mt+Et/2)),m.rotate((r==3?-Cl:Cl)/2)):(d=qe(it+et/2),g=at);let un=xo(i.label)?i.label(n,l,k,$):i.label;m.fillText(un,d,g),m.restore()}if($==0)continue;let L=E[i.scale],O=u==0?et:Et,J=u==0?it:mt,ie=i._splits,le=L.distr==2?ie.map(Ke=>Tt[Ke]):ie,X=L.distr==2?Tt[ie[1]]-Tt[ie[0]]:k,Y=i.ticks,H=i.border,ge=Y.show?Y.size:0,_e=qe(ge*oe),Oe=qe((i.alignTo==2?i._size-ge-i.gap:i.gap)*oe),ue=i._rotate*-Cl/180,Ee=N(i._pos*oe),ot=(_e+Oe)*T,Ye=Ee+ot;g=u==0?Ye:0,d=u==1?Ye:0;let vt=i.font[0],Ct=i.align==1?Nn:i.align==2?us:ue>0?Nn:ue<0?us:u==0?"center":r==3?us:Nn,Dt=ue||u==1?"middle":r==2?tl:Ci;ei(vt,b,Ct,Dt);let rt=i.font[1]*i.lineGap,yt=ie.map(Ke=>N(f(Ke,L,O,J))),kt=i._values;for(let Ke=0;Ke<kt.length;Ke++){let at=kt[Ke];if(at!=null){u==0?d=yt[Ke]:g=yt[Ke],at=""+at;let un=at.indexOf(`
`)==-1?[at]:at.split(/\n/gm);for(let Je=0;Je<un.length;Je++){let Ei=un[Je];ue?(m.save(),m.translate(d,g+Je*rt),m.rotate(ue),m.fillText(Ei,0,0),m.restore()):m.fillText(Ei,d,g+Je*rt)}}}Y.show&&Xl(yt,Y.filter(n,le,l,$,X),u,r,Ee,_e,de(Y.width*oe,3),Y.stroke(n,l),Y.dash,Y.cap);let Rt=i.grid;Rt.show&&Xl(yt,Rt.filter(n,le,l,$,X),u,u==0?2:1,u==0?mt:it,u==0?Et:et,de(Rt.width*oe,3),Rt.stroke(n,l),Rt.dash,Rt.cap),H.show&&Xl([Ee],[1],u==0?1:0,u==0?1:2,u==1?mt:it,u==1?Et:et,de(H.width*oe,3),H.stroke(n,l),H.dash,H.cap)}Ve("drawAxes")}function Pn(l){_.forEach((i,r)=>{r>0&&(i._paths=null,l&&(o==1?(i.min=null,i.max=null):i.facets.forEach(u=>{u.min=null,u.max=null})))})}let wl=!1,es=!1,Jn=[];function Lr(){es=!1;for(let l=0;l<Jn.length;l++)Ve(...Jn[l]);Jn.length=0}function xn(){wl||(Ha(ii),wl=!0)}function Dr(l,i=!1){wl=!0,es=i,l(n),ii(),i&&Jn.length>0&&queueMicrotask(Lr)}n.batch=Dr;function ii(){if(Ul&&(kr(),Ul=!1),_n&&(yr(),_n=!1),fl){if(we(I,Nn,pe),we(I,tl,xe),we(I,sl,Q),we(I,il,R),we(x,Nn,pe),we(x,tl,xe),we(x,sl,Q),we(x,il,R),we(v,sl,zt),we(v,il,tn),S.width=qe(zt*oe),S.height=qe(tn*oe),C.forEach(({_el:l,_show:i,_size:r,_pos:u,side:d})=>{if(l!=null)if(i){let g=d===3||d===0?r:0,b=d%2==1;we(l,b?"left":"top",u-g),we(l,b?"width":"height",r),we(l,b?"top":"left",b?xe:pe),we(l,b?"height":"width",b?R:Q),bs(l,pn)}else ct(l,pn)}),hl=An=Hl=Gl=jl=Yl=Kl=Jl=Wl=null,tt=1,Xn(!0),pe!=bn||xe!=nn||Q!=Mt||R!=ln){Pn(!1);let l=Q/Mt,i=R/ln;if(Ge&&!sn&&B.left>=0){B.left*=l,B.top*=i,qn&&Nt(qn,qe(B.left),0,Q,R),Mn&&Nt(Mn,0,qe(B.top),Q,R);for(let r=0;r<wt.length;r++){let u=wt[r];u!=null&&(Cn[r]*=l,kn[r]*=i,Nt(u,bt(Cn[r]),bt(kn[r]),Q,R))}}if(me.show&&!dl&&me.left>=0&&me.width>0){me.left*=l,me.width*=l,me.top*=i,me.height*=i;for(let r in os)we(Ln,r,me[r])}bn=pe,nn=xe,Mt=Q,ln=R}Ve("setSize"),fl=!1}zt>0&&tn>0&&(m.clearRect(0,0,S.width,S.height),Ve("drawClear"),V.forEach(l=>l()),Ve("draw")),me.show&&dl&&(vl(me),dl=!1),Ge&&sn&&(cn(null,!0,!1),sn=!1),Z.show&&Z.live&&gt&&(ss(),gt=!1),p||(p=!0,n.status=1,Ve("ready")),Kn=!1,wl=!1}n.redraw=(l,i)=>{_n=i||!1,l!==!1?jt(y,A.min,A.max):xn()};function ts(l,i){let r=E[l];if(r.from==null){if(Ue==0){let u=r.range(n,i.min,i.max,l);i.min=u[0],i.max=u[1]}if(i.min>i.max){let u=i.min;i.min=i.max,i.max=u}if(Ue>1&&i.min!=null&&i.max!=null&&i.max-i.min<1e-16)return;l==y&&r.distr==2&&Ue>0&&(i.min=Pt(i.min,t[0]),i.max=Pt(i.max,t[0]),i.min==i.max&&i.max++),W[l]=i,Ul=!0,xn()}}n.setScale=ts;let ns,ls,qn,Mn,oi,ri,In,$n,ai,ci,he,Se,Gt=!1;const Fe=B.drag;let Re=Fe.x,Ne=Fe.y;Ge&&(B.x&&(ns=St(ha,x)),B.y&&(ls=St(ma,x)),A.ori==0?(qn=ns,Mn=ls):(qn=ls,Mn=ns),he=B.left,Se=B.top);const me=n.select=Ae({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Ln=me.show?St(pa,me.over?x:I):null;function vl(l,i){if(me.show){for(let r in l)me[r]=l[r],r in os&&we(Ln,r,l[r]);i!==!1&&Ve("setSelect")}}n.setSelect=vl;function Rr(l){if(_[l].show)Pe&&bs(be[l],pn);else if(Pe&&ct(be[l],pn),Ge){let r=Tn?wt[0]:wt[l];r!=null&&Nt(r,-10,-10,Q,R)}}function jt(l,i,r){ts(l,{min:i,max:r})}function $t(l,i,r,u){i.focus!=null&&Ur(l),i.show!=null&&_.forEach((d,g)=>{g>0&&(l==g||l==null)&&(d.show=i.show,Rr(g),o==2?(jt(d.facets[0].scale,null,null),jt(d.facets[1].scale,null,null)):jt(d.scale,null,null),xn())}),r!==!1&&Ve("setSeries",l,i),u&&el("setSeries",n,l,i)}n.setSeries=$t;function Nr(l,i){Ae(P[l],i)}function Vr(l,i){l.fill=ee(l.fill||null),l.dir=se(l.dir,-1),i=i??P.length,P.splice(i,0,l)}function Or(l){l==null?P.length=0:P.splice(l,1)}n.addBand=Vr,n.setBand=Nr,n.delBand=Or;function zr(l,i){_[l].alpha=i,Ge&&wt[l]!=null&&(wt[l].style.opacity=i),Pe&&be[l]&&(be[l].style.opacity=i)}let Ut,Yt,an;const Dn={focus:!0};function Ur(l){if(l!=an){let i=l==null,r=It.alpha!=1;_.forEach((u,d)=>{if(o==1||d>0){let g=i||d==0||d==l;u._focus=i?null:g,r&&zr(d,g?1:It.alpha)}}),an=l,r&&xn()}}Pe&&En&&je(xi,re,l=>{B._lock||(on(l),an!=null&&$t(null,Dn,!0,ke.setSeries))});function Lt(l,i,r){let u=E[i];r&&(l=l/oe-(u.ori==1?xe:pe));let d=Q;u.ori==1&&(d=R,l=d-l),u.dir==-1&&(l=d-l);let g=u._min,b=u._max,T=l/d,k=g+(b-g)*T,$=u.distr;return $==3?zn(10,k):$==4?Ia(k,u.asinh):$==100?u.bwd(k):k}function Fr(l,i){let r=Lt(l,y,i);return Pt(r,t[0],Le,De)}n.valToIdx=l=>Pt(l,t[0]),n.posToIdx=Fr,n.posToVal=Lt,n.valToPos=(l,i,r)=>E[i].ori==0?a(l,E[i],r?et:Q,r?it:0):c(l,E[i],r?Et:R,r?mt:0),n.setCursor=(l,i,r)=>{he=l.left,Se=l.top,cn(null,i,r)};function ui(l,i){we(Ln,Nn,me.left=l),we(Ln,sl,me.width=i)}function fi(l,i){we(Ln,tl,me.top=l),we(Ln,il,me.height=i)}let Qn=A.ori==0?ui:fi,Zn=A.ori==1?ui:fi;function Br(){if(Pe&&Z.live)for(let l=o==2?1:0;l<_.length;l++){if(l==0&&ht)continue;let i=Z.values[l],r=0;for(let u in i)qt[l][r++].firstChild.nodeValue=i[u]}}function ss(l,i){if(l!=null&&(l.idxs?l.idxs.forEach((r,u)=>{ce[u]=r}):Ra(l.idx)||ce.fill(l.idx),Z.idx=ce[0]),Pe&&Z.live){for(let r=0;r<_.length;r++)(r>0||o==1&&!ht)&&Hr(r,ce[r]);Br()}gt=!1,i!==!1&&Ve("setLegend")}n.setLegend=ss;function Hr(l,i){let r=_[l],u=l==0&&K==2?Tt:t[l],d;ht?d=r.values(n,l,i)??Ht:(d=r.value(n,i==null?null:u[i],l,i),d=d==null?Ht:{_:d}),Z.values[l]=d}function cn(l,i,r){ai=he,ci=Se,[he,Se]=B.move(n,he,Se),B.left=he,B.top=Se,Ge&&(qn&&Nt(qn,qe(he),0,Q,R),Mn&&Nt(Mn,0,qe(Se),Q,R));let u,d=Le>De;Ut=fe,Yt=null;let g=A.ori==0?Q:R,b=A.ori==1?Q:R;if(he<0||Ue==0||d){u=B.idx=null;for(let T=0;T<_.length;T++){let k=wt[T];k!=null&&Nt(k,-10,-10,Q,R)}En&&$t(null,Dn,!0,l==null&&ke.setSeries),Z.live&&(ce.fill(u),gt=!0)}else{let T,k,$;o==1&&(T=A.ori==0?he:Se,k=Lt(T,y),u=B.idx=Pt(k,t[0],Le,De),$=U(t[0][u],A,g,0));let L=-10,O=-10,J=0,ie=0,le=!0,X="",Y="";for(let H=o==2?1:0;H<_.length;H++){let ge=_[H],_e=ce[H],Oe=_e==null?null:o==1?t[H][_e]:t[H][1][_e],ue=B.dataIdx(n,H,u,k),Ee=ue==null?null:o==1?t[H][ue]:t[H][1][ue];if(gt=gt||Ee!=Oe||ue!=_e,ce[H]=ue,H>0&&ge.show){let ot=ue==null?-10:ue==u?$:U(o==1?t[0][ue]:t[H][0][ue],A,g,0),Ye=Ee==null?-10:j(Ee,o==1?E[ge.scale]:E[ge.facets[1].scale],b,0);if(En&&Ee!=null){let vt=A.ori==1?he:Se,Ct=Me(It.dist(n,H,ue,Ye,vt));if(Ct<Ut){let Dt=It.bias;if(Dt!=0){let rt=Lt(vt,ge.scale),yt=Ee>=0?1:-1,kt=rt>=0?1:-1;kt==yt&&(kt==1?Dt==1?Ee>=rt:Ee<=rt:Dt==1?Ee<=rt:Ee>=rt)&&(Ut=Ct,Yt=H)}else Ut=Ct,Yt=H}}if(gt||Tn){let vt,Ct;A.ori==0?(vt=ot,Ct=Ye):(vt=Ye,Ct=ot);let Dt,rt,yt,kt,Rt,Ke,at=!0,un=He.bbox;if(un!=null){at=!1;let Je=un(n,H);yt=Je.left,kt=Je.top,Dt=Je.width,rt=Je.height}else yt=vt,kt=Ct,Dt=rt=He.size(n,H);if(Ke=He.fill(n,H),Rt=He.stroke(n,H),Tn)H==Yt&&Ut<=It.prox&&(L=yt,O=kt,J=Dt,ie=rt,le=at,X=Ke,Y=Rt);else{let Je=wt[H];Je!=null&&(Cn[H]=yt,kn[H]=kt,Ri(Je,Dt,rt,at),Li(Je,Ke,Rt),Nt(Je,bt(yt),bt(kt),Q,R))}}}}if(Tn){let H=It.prox,ge=an==null?Ut<=H:Ut>H||Yt!=an;if(gt||ge){let _e=wt[0];_e!=null&&(Cn[0]=L,kn[0]=O,Ri(_e,J,ie,le),Li(_e,X,Y),Nt(_e,bt(L),bt(O),Q,R))}}}if(me.show&&Gt)if(l!=null){let[T,k]=ke.scales,[$,L]=ke.match,[O,J]=l.cursor.sync.scales,ie=l.cursor.drag;if(Re=ie._x,Ne=ie._y,Re||Ne){let{left:le,top:X,width:Y,height:H}=l.select,ge=l.scales[O].ori,_e=l.posToVal,Oe,ue,Ee,ot,Ye,vt=T!=null&&$(T,O),Ct=k!=null&&L(k,J);vt&&Re?(ge==0?(Oe=le,ue=Y):(Oe=X,ue=H),Ee=E[T],ot=U(_e(Oe,O),Ee,g,0),Ye=U(_e(Oe+ue,O),Ee,g,0),Qn(xt(ot,Ye),Me(Ye-ot))):Qn(0,g),Ct&&Ne?(ge==1?(Oe=le,ue=Y):(Oe=X,ue=H),Ee=E[k],ot=j(_e(Oe,J),Ee,b,0),Ye=j(_e(Oe+ue,J),Ee,b,0),Zn(xt(ot,Ye),Me(Ye-ot))):Zn(0,b)}else rs()}else{let T=Me(ai-oi),k=Me(ci-ri);if(A.ori==1){let J=T;T=k,k=J}Re=Fe.x&&T>=Fe.dist,Ne=Fe.y&&k>=Fe.dist;let $=Fe.uni;$!=null?Re&&Ne&&(Re=T>=$,Ne=k>=$,!Re&&!Ne&&(k>T?Ne=!0:Re=!0)):Fe.x&&Fe.y&&(Re||Ne)&&(Re=Ne=!0);let L,O;Re&&(A.ori==0?(L=In,O=he):(L=$n,O=Se),Qn(xt(L,O),Me(O-L)),Ne||Zn(0,b)),Ne&&(A.ori==1?(L=In,O=he):(L=$n,O=Se),Zn(xt(L,O),Me(O-L)),Re||Qn(0,g)),!Re&&!Ne&&(Qn(0,0),Zn(0,0))}if(Fe._x=Re,Fe._y=Ne,l==null){if(r){if(_i!=null){let[T,k]=ke.scales;ke.values[0]=T!=null?Lt(A.ori==0?he:Se,T):null,ke.values[1]=k!=null?Lt(A.ori==1?he:Se,k):null}el(fs,n,he,Se,Q,R,u)}if(En){let T=r&&ke.setSeries,k=It.prox;an==null?Ut<=k&&$t(Yt,Dn,!0,T):Ut>k?$t(null,Dn,!0,T):Yt!=an&&$t(Yt,Dn,!0,T)}}gt&&(Z.idx=u,ss()),i!==!1&&Ve("setCursor")}let Kt=null;Object.defineProperty(n,"rect",{get(){return Kt==null&&Xn(!1),Kt}});function Xn(l=!1){l?Kt=null:(Kt=x.getBoundingClientRect(),Ve("syncRect",Kt))}function di(l,i,r,u,d,g,b){B._lock||Gt&&l!=null&&l.movementX==0&&l.movementY==0||(is(l,i,r,u,d,g,b,!1,l!=null),l!=null?cn(null,!0,!0):cn(i,!0,!1))}function is(l,i,r,u,d,g,b,T,k){if(Kt==null&&Xn(!1),on(l),l!=null)r=l.clientX-Kt.left,u=l.clientY-Kt.top;else{if(r<0||u<0){he=-10,Se=-10;return}let[$,L]=ke.scales,O=i.cursor.sync,[J,ie]=O.values,[le,X]=O.scales,[Y,H]=ke.match,ge=i.axes[0].side%2==1,_e=A.ori==0?Q:R,Oe=A.ori==1?Q:R,ue=ge?g:d,Ee=ge?d:g,ot=ge?u:r,Ye=ge?r:u;if(le!=null?r=Y($,le)?f(J,E[$],_e,0):-10:r=_e*(ot/ue),X!=null?u=H(L,X)?f(ie,E[L],Oe,0):-10:u=Oe*(Ye/Ee),A.ori==1){let vt=r;r=u,u=vt}}k&&(i==null||i.cursor.event.type==fs)&&((r<=1||r>=Q-1)&&(r=fn(r,Q)),(u<=1||u>=R-1)&&(u=fn(u,R))),T?(oi=r,ri=u,[In,$n]=B.move(n,r,u)):(he=r,Se=u)}const os={width:0,height:0,left:0,top:0};function rs(){vl(os,!1)}let pi,hi,mi,gi;function wi(l,i,r,u,d,g,b){Gt=!0,Re=Ne=Fe._x=Fe._y=!1,is(l,i,r,u,d,g,b,!0,!1),l!=null&&(je(ds,ys,vi,!1),el(Ai,n,In,$n,Q,R,null));let{left:T,top:k,width:$,height:L}=me;pi=T,hi=k,mi=$,gi=L}function vi(l,i,r,u,d,g,b){Gt=Fe._x=Fe._y=!1,is(l,i,r,u,d,g,b,!1,!0);let{left:T,top:k,width:$,height:L}=me,O=$>0||L>0,J=pi!=T||hi!=k||mi!=$||gi!=L;if(O&&J&&vl(me),Fe.setScale&&O&&J){let ie=T,le=$,X=k,Y=L;if(A.ori==1&&(ie=k,le=L,X=T,Y=$),Re&&jt(y,Lt(ie,y),Lt(ie+le,y)),Ne)for(let H in E){let ge=E[H];H!=y&&ge.from==null&&ge.min!=fe&&jt(H,Lt(X+Y,H),Lt(X,H))}rs()}else B.lock&&(B._lock=!B._lock,cn(i,!0,l!=null));l!=null&&(Sn(ds,ys),el(ds,n,he,Se,Q,R,null))}function Wr(l,i,r,u,d,g,b){if(B._lock)return;on(l);let T=Gt;if(Gt){let k=!0,$=!0,L=10,O,J;A.ori==0?(O=Re,J=Ne):(O=Ne,J=Re),O&&J&&(k=he<=L||he>=Q-L,$=Se<=L||Se>=R-L),O&&k&&(he=he<In?0:Q),J&&$&&(Se=Se<$n?0:R),cn(null,!0,!0),Gt=!1}he=-10,Se=-10,ce.fill(null),cn(null,!0,!0),T&&(Gt=T)}function yi(l,i,r,u,d,g,b){B._lock||(on(l),Bl(),rs(),l!=null&&el(qi,n,he,Se,Q,R,null))}function Si(){C.forEach(Zc),Fl(n.width,n.height,!0)}mn(Al,On,Si);const Rn={};Rn.mousedown=wi,Rn.mousemove=di,Rn.mouseup=vi,Rn.dblclick=yi,Rn.setSeries=(l,i,r,u)=>{let d=ke.match[2];r=d(n,i,r),r!=-1&&$t(r,u,!0,!1)},Ge&&(je(Ai,x,wi),je(fs,x,di),je(Pi,x,l=>{on(l),Xn(!1)}),je(xi,x,Wr),je(qi,x,yi),As.add(n),n.syncRect=Xn);const yl=n.hooks=e.hooks||{};function Ve(l,i,r){es?Jn.push([l,i,r]):l in yl&&yl[l].forEach(u=>{u.call(null,n,i,r)})}(e.plugins||[]).forEach(l=>{for(let i in l.hooks)yl[i]=(yl[i]||[]).concat(l.hooks[i])});const bi=(l,i,r)=>r,ke=Ae({key:null,setSeries:!1,filters:{pub:Ui,sub:Ui},scales:[y,_[1]?_[1].scale:null],match:[Fi,Fi,bi],values:[null,null]},B.sync);ke.match.length==2&&ke.match.push(bi),B.sync=ke;const _i=ke.key,as=Xo(_i);function el(l,i,r,u,d,g,b){ke.filters.pub(l,i,r,u,d,g,b)&&as.pub(l,i,r,u,d,g,b)}as.sub(n);function Gr(l,i,r,u,d,g,b){ke.filters.sub(l,i,r,u,d,g,b)&&Rn[l](null,i,r,u,d,g,b)}n.pub=Gr;function jr(){as.unsub(n),As.delete(n),en.clear(),_s(Al,On,Si),h.remove(),re?.remove(),Ve("destroy")}n.destroy=jr;function cs(){Ve("init",e,t),Zs(t||e.data,!1),W[y]?ts(y,W[y]):Bl(),dl=me.show&&(me.width>0||me.height>0),sn=gt=!0,Fl(e.width,e.height)}return _.forEach(Js),C.forEach(Cr),s?s instanceof HTMLElement?(s.appendChild(h),cs()):s(n,cs):cs(),n}We.assign=Ae;We.fmtNum=Vs;We.rangeNum=Pl;We.rangeLog=Ll;We.rangeAsinh=Rs;We.orient=wn;We.pxRatio=oe;We.join=Ba;We.fmtDate=zs,We.tzDate=ec;We.sync=Xo;{We.addGap=Rc,We.clipGaps=Nl;let e=We.paths={points:ir};e.linear=rr,e.stepped=Oc,e.bars=zc,e.spline=Fc}const uo=["#2b6cb0","#dd6b20","#38a169","#805ad5","#d53f8c","#718096"],ws=760,fo=64,xs=new Set;function Xc(){for(const e of xs)e.root.isConnected||(e.destroy(),xs.delete(e))}function Zt(e,t,s){const n=w("div",{class:"chart","data-chart":"time","data-points":String(e.length)}),a=[e.map(p=>Date.parse(String(p[t]))/1e3),...s.map(p=>e.map(h=>h[p.field]??null))],c=s.some(p=>p.right),f={width:ws,height:240,series:[{},...s.map((p,h)=>({label:p.label,stroke:uo[h%uo.length],width:2,scale:p.right?"right":"y"}))],axes:[{},{scale:"y",size:fo},...c?[{scale:"right",side:1,size:fo,grid:{show:!1}}]:[]]};return requestAnimationFrame(()=>{Xc(),f.width=Math.min(ws,n.clientWidth||ws),xs.add(new We(f,a,n))}),n}function ql(e,t,s){const n=e.map(a=>Number(a[s]??0)),o=Math.max(1,...n);return w("div",{class:"bars","data-chart":"bars"},...e.map((a,c)=>{const f=w("span",{class:"bar"});return f.style.width=`${100*n[c]/o}%`,w("div",{class:"bar-row"},w("span",{class:"bar-label"},t(a)),w("span",{class:"bar-track"},f),w("span",{class:"bar-value"},String(n[c])))}))}function eu(e,t,s,n){const o=[...new Set(e.map(f=>String(f[s])))].sort(),a=new Map(o.map((f,p)=>[f,p])),c=new Map;for(const f of e){const p=c.get(t(f))??new Array(o.length).fill(null);p[a.get(String(f[s]))??0]=f[n],c.set(t(f),p)}return w("div",{class:"heatmap","data-chart":"heatmap"},...[...c].map(([f,p])=>w("div",{class:"heat-row"},w("span",{class:"heat-label"},f),...p.map((h,S)=>{const m=w("span",{class:"heat-cell",title:`${f} · ${o[S]} · ${h===null?"no activity":`${(h*100).toFixed(0)}%`}`});return h!==null?m.style.opacity=String(.15+.85*h):m.classList.add("none"),m}))))}function Te(e,t,...s){const n=w("div",{class:"panel-body"});return{element:w("section",{class:"panel","data-panel":e,"data-state":"loading"},w("header",{class:"panel-head"},w("h2",{},t),...s),n),body:n}}function El(e,t,...s){e.element.dataset.state=t,e.body.replaceChildren(...s)}class Be extends Error{}async function Ce(e,t,s=!1){s||El(e,"loading",w("p",{class:"status"},"Loading…"));try{El(e,"ready",...await t())}catch(n){if(n instanceof Be)El(e,"empty",w("p",{class:"status"},n.message));else{const o=n instanceof Error?n.message:String(n),a=n instanceof ft?n.kind:"query";El(e,"error",w("p",{class:`status error ${a}`,role:"alert"},o))}}}function ut(e,t,s,n){return w("div",{class:"headline"},w("span",{class:"headline-value","data-metric":`${t}.${s}`},n),w("span",{class:"headline-label"},e))}const tu=`# Panel A1 — live-session header: the headline numbers of one session (SPEC §1 A "Header").
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
`,nu=`# Panel A2 — live timeline: viewers, engagement and reactions at each minute of one session
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
`,lu=`# Panel A2 at the heartbeat grain — live timeline: viewers, engagement and reactions in each
# 10-second bucket of one session (SPEC §1 A "Timeline", per minute or 10 s), oldest first.
query LiveTimelineTenSeconds($sessionId: String!, $timezone: String = "UTC") {
  timeline(
    where: { sessionId: { eq: $sessionId } }
    orderBy: [{ field: TEN_SECONDS, direction: ASC }]
    limit: 10000
    timezone: $timezone
  ) {
    id
    rows {
      id
      tenSeconds
      liveUniqueViewers
      liveEngagementRate
      reactions
    }
  }
}
`,su=`# Panel A3 — viewer engagement table: one row per attendee of a session, searchable by
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
`,iu=`# Panel A3b — engagement heatmap: each attendee's live engagement rate at each minute of a
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
`,ou=`# Panel A4 — polls of a session: question, type, number of possible answers (null for
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
`,ru=`# Panel A4b — poll drill-down: every answer of one poll with its unique participants and
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
`,au=`# Panel A5 — recordings of a session: impressions, plays, minutes viewed and average
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
`,cu=`# Panel A5b — recording plays over time for a session, per day by default
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
`,uu=`# Panel A6 — countries: live and recording unique viewers per country for a session
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
`,fu=`# Panel A6b — devices: live and recording unique viewers per platform and device for a
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
`,du=`# Panel B1 — meeting session overview: ids, status, timing, unique participants, duration,
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
`,pu=`# Panel B2 — participants of a meeting session: who joined, when, for how long, how long the
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
`,hu=`# Panel B3 — call health per participant and per media (audio, video, screen share):
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
`,mu=`# Panel B4 — session stats over time, sender or receiver side: jitter, RTT, bitrate, packet
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
`,gu=`# Panel B5 — errors of a session: each error with participant, type, description and time,
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
`,wu=`# Panel C1 — app session length distribution: sessions per length bucket
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
`,vu=`# Panel C2 — sum of app session lengths per day over the last 30 days
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
`,yu=`# Panel C3 — number of app sessions per day over the last 30 days
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
`,Su=`# Panel C4 — period-over-period header: the audience of the last 30 days beside the 30 days
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
`,bu=`# Panel C5 — cumulative viewers: per day of the last 30 days, the distinct viewers that day
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
`,_u=`# Panel D1 — most popular viewing devices per country, over every session
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
`,Eu=`# Panel D2 — poll participation by industry, over every session
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
`,Tu=`# Panel D3 — p95 jitter by browser per hour (SPEC §1 D, "p95 jitter by browser per hour").
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
`,Cu=Object.assign({"../../docs/queries/a1-live-header.graphql":tu,"../../docs/queries/a2-live-timeline.graphql":nu,"../../docs/queries/a2b-live-timeline-ten-seconds.graphql":lu,"../../docs/queries/a3-viewer-engagement-table.graphql":su,"../../docs/queries/a3b-engagement-heatmap.graphql":iu,"../../docs/queries/a4-polls.graphql":ou,"../../docs/queries/a4b-poll-answers.graphql":ru,"../../docs/queries/a5-recordings.graphql":au,"../../docs/queries/a5b-recording-plays-over-time.graphql":cu,"../../docs/queries/a6-countries.graphql":uu,"../../docs/queries/a6b-devices.graphql":fu,"../../docs/queries/b1-session-overview.graphql":du,"../../docs/queries/b2-participants.graphql":pu,"../../docs/queries/b3-call-health.graphql":hu,"../../docs/queries/b4-session-stats-over-time.graphql":mu,"../../docs/queries/b5-errors.graphql":gu,"../../docs/queries/c1-app-session-length-distribution.graphql":wu,"../../docs/queries/c2-app-session-length-per-day.graphql":vu,"../../docs/queries/c3-app-sessions-per-day.graphql":yu,"../../docs/queries/c4-audience-period-over-period.graphql":Su,"../../docs/queries/c5-cumulative-viewers.graphql":bu,"../../docs/queries/d1-popular-devices-per-country.graphql":_u,"../../docs/queries/d2-poll-participation-by-industry.graphql":Eu,"../../docs/queries/d3-p95-jitter-by-browser-per-hour.graphql":Tu}),ku=Object.fromEntries(Object.entries(Cu).map(([e,t])=>[e.replace(/^.*\/|\.graphql$/g,""),t]));function Qe(e){const t=ku[e];if(t===void 0)throw new Error(`no query docs/queries/${e}.graphql`);return t}function Au(e){return Qe(e).replace(/^query\b/m,"subscription")}const Pu=`query SessionSubject($sessionId: String!) {
  sessions(where: { sessionId: { eq: $sessionId } }) {
    rows { sessionId title status startTime }
  }
}`,xu=`query SessionList {
  sessions(orderBy: [{ field: START_TIME, direction: DESC }], limit: 200) {
    rows { sessionId meetingId title status startTime uniqueParticipants }
    rowCount
  }
}`,qu=`query LatestAppSession {
  appSessions(orderBy: [{ field: START_TIME, direction: DESC }], limit: 1) {
    rows { startTime }
  }
}`,Mu=`query Catalog {
  catalog {
    name description
    dimensions { name field type label enumValues adminOnly }
    metrics { name field type label }
  }
}`;let po;function fr(){return po??=ze(Mu).then(e=>e.catalog),po}async function nt(e,t){const s=(await fr()).find(a=>a.name===e),n=new Map([...(s?.dimensions??[]).map(a=>[a.name,[a,!0]]),...(s?.metrics??[]).map(a=>[a.name,[a,!1]])]);return Object.keys(t[0]??{}).filter(a=>a!=="id").map(a=>{const[c,f]=n.get(a)??[void 0,!1];return{key:a,label:c?.label??a,sortField:c?.field,dimension:f}})}function lt(e,t,s,n){const o=e.map(c=>{if(!s)return w("th",{scope:"col"},c.label);const f=s.key===c.key,p=f?s.direction==="ASC"?" ▲":" ▼":"";return w("th",{scope:"col","aria-sort":f?s.direction==="ASC"?"ascending":"descending":"none"},w("button",{type:"button",class:"sort","data-sort":c.key,onclick:()=>s.onSort(c)},c.label+p))}),a=t.map(c=>{const f=w("tr",{},...e.map(p=>w("td",{"data-column":p.key},Ie(c[p.key],p.key))));return n?.(c,f),f});return w("table",{class:"rows"},w("thead",{},w("tr",{},...o)),w("tbody",{},...a))}async function Iu(e){const t=Te("c1-app-session-length-distribution","Session length distribution"),s=w("input",{type:"text",id:"as-of","aria-label":"30 days up to (ISO 8601)",size:26}),n=Te("c2-app-session-length-per-day","Sum of session lengths per day, last 30 days"),o=Te("c3-app-sessions-per-day","Sessions per day, last 30 days"),a=Te("c4-audience-period-over-period","Viewers, last 30 days against the 30 days before"),c=Te("c5-cumulative-viewers","Viewers per day and cumulative, last 30 days");e.replaceChildren(w("div",{class:"subject"},w("h1",{},"App sessions"),w("label",{},"30 days up to ",s)),t.element,w("div",{class:"pair"},n.element,o.element),w("div",{class:"pair"},a.element,c.element));const f=(await ze(qu)).appSessions.rows[0];s.value=String(f?.startTime??new Date().toISOString());const p=()=>{const h={asOf:s.value};return Promise.all([Ce(n,async()=>{const S=(await ze(Qe("c2-app-session-length-per-day"),h)).appSessions.rows;if(S.length===0)throw new Be("No app sessions in these 30 days.");return[Zt(S,"day",[{label:"total length (s)",field:"totalLengthSeconds"}]),lt(await nt("appSessions",S),S)]}),Ce(o,async()=>{const S=(await ze(Qe("c3-app-sessions-per-day"),h)).appSessions.rows;if(S.length===0)throw new Be("No app sessions in these 30 days.");return[Zt(S,"day",[{label:"sessions",field:"sessionCount"},{label:"unique users",field:"uniqueUsers"}]),lt(await nt("appSessions",S),S)]}),Ce(a,async()=>{const[S]=(await ze(Qe("c4-audience-period-over-period"),h)).viewers.rows,m=S?.previous??null;if(!S||S.uniqueViewers===0&&m?.uniqueViewers===0)throw new Be("No viewers in these 60 days.");return[w("div",{class:"headlines"},...ho("Unique viewers","uniqueViewers",S),...ho("Minutes viewed","minutesViewed",S))]}),Ce(c,async()=>{const S=(await ze(Qe("c5-cumulative-viewers"),h)).viewers.rows;if(S.every(m=>m.uniqueViewers===0))throw new Be("No viewers in these 30 days.");return[Zt(S,"day",[{label:"viewers that day",field:"uniqueViewers"},{label:"viewers so far",field:"cumulativeViewers"}])]})])};s.addEventListener("change",()=>{p()}),await Promise.all([Ce(t,async()=>{const h=(await ze(Qe("c1-app-session-length-distribution"))).appSessions;if(h.rows.length===0)throw new Be("No app sessions yet.");const S=h.totals??{};return[w("div",{class:"headlines"},ut("App sessions","appSessions","sessionCount",Ie(S.sessionCount)),ut("Median length (s)","appSessions","medianLengthSeconds",Ie(S.medianLengthSeconds))),ql([...h.rows].sort((m,v)=>mo(m.lengthBucket)-mo(v.lengthBucket)),m=>$u(m.lengthBucket),"sessionCount"),lt(await nt("appSessions",h.rows),h.rows)]}),p()])}function ho(e,t,s){const n=s.previous??{},o=(s.change??{})[t];return[ut(e,"viewers",t,Ie(s[t])),ut(`${e}, 30 days before`,"viewers.previous",t,Ie(n[t])),ut(`${e}, change`,"viewers.change",t,typeof o=="number"?`${(o*100).toFixed(1)}%`:"—")]}const dr=/^(SECONDS|MINUTES)_(\d+)_(\d+|PLUS)$/;function $u(e){const t=dr.exec(String(e));if(!t)return String(e);const s=t[1]==="SECONDS"?"s":"m";return t[3]==="PLUS"?`${t[2]}${s}+`:`${t[2]}-${t[3]}${s}`}function mo(e){const t=dr.exec(String(e));return t?Number(t[2])*(t[1]==="SECONDS"?1:60):Number.MAX_SAFE_INTEGER}function pr(e,t){const s=w("select",{"aria-label":"CSV headers",class:"csv-headers"},w("option",{value:"descriptive"},"friendly headers"),w("option",{value:"system"},"system headers")),n=w("span",{class:"note export-message",role:"status"}),o=w("button",{type:"button",class:"export-csv"},"Export CSV");return o.addEventListener("click",async()=>{n.textContent="Exporting…";try{const{document:a,variables:c}=e();await Kr(a,c,s.value,t),n.textContent=""}catch(a){n.textContent=a instanceof Error?a.message:String(a),n.classList.add("error")}}),w("span",{class:"export"},s,o,n)}const Lu=["","MINUTE","HOUR","DAY","WEEK","MONTH"],Du={STRING:["eq","contains","startsWith","ne"],INT:["eq","gte","lte"],FLOAT:["eq","gte","lte"],BOOLEAN:["eq"],ENUM:["eq","ne"],TIME:["gte","lte"]};function Ru(e,t){return e==="INT"||e==="FLOAT"?Number(t):e==="BOOLEAN"?t.trim().toLowerCase()==="true":t}function Nu(e,t,s){const n=`${e[0].toUpperCase()}${e.slice(1)}Where`,o=[...t.map(([a,c])=>c?`${a}(grain: ${c})`:a),...s];return`query Explore($where: ${n}, $limit: Int) {
  ${e}(where: $where, limit: $limit) {
    rows { ${o.join(" ")} }
    rowCount
  }
}`}function go(e,t,s){return w("label",{class:"pick",title:t.label},w("input",{type:"checkbox",name:e,value:t.name,checked:s}),t.name)}async function Vu(e){const t=await fr(),s=w("select",{id:"explore-cube","aria-label":"Cube"},...t.map(P=>w("option",{value:P.name},P.name))),n=w("p",{class:"note"}),o=w("fieldset",{class:"picks",id:"explore-dimensions"}),a=w("fieldset",{class:"picks",id:"explore-metrics"}),c=w("select",{id:"explore-filter-field","aria-label":"Filter on"}),f=w("select",{id:"explore-filter-operator","aria-label":"Operator"}),p=w("input",{type:"text",id:"explore-filter-value","aria-label":"Filter value"}),h=w("input",{type:"number",id:"explore-limit",min:1,max:1e4,value:100,"aria-label":"Limit"}),S=w("button",{type:"button",id:"explore-run"},"Run"),m=Te(void 0,"Result"),v=w("pre",{class:"document",id:"explore-document"});let I={document:"",variables:{}};const x=pr(()=>I,"explore.csv"),D=()=>t.find(P=>P.name===s.value)??t[0],N=P=>D().dimensions.find(y=>y.name===P),F=()=>{const P=N(c.value)?.type??"STRING";f.replaceChildren(...(Du[P]??["eq"]).map(y=>w("option",{value:y},y)))},_=()=>{const{description:P,dimensions:y,metrics:q}=D();n.textContent=P;const V=y.filter(M=>!M.adminOnly);o.replaceChildren(w("legend",{},"Dimensions"),...V.map((M,z)=>{const A=go("dimension",M,z===0);return M.type==="TIME"&&A.append(w("select",{class:"grain","data-for":M.name,"aria-label":`${M.name} grain`},...Lu.map(K=>w("option",{value:K},K||"raw")))),A})),a.replaceChildren(w("legend",{},"Metrics"),...q.map((M,z)=>go("metric",M,z===0))),c.replaceChildren(w("option",{value:""},"no filter"),...V.map(M=>w("option",{value:M.name},M.name))),F()},C=P=>[...P.querySelectorAll("input[type=checkbox]:checked")].map(y=>y.value),E=()=>Ce(m,async()=>{const P=C(o).map(j=>[j,o.querySelector(`select[data-for="${j}"]`)?.value??""]),y=C(a);if(P.length+y.length===0)throw new Be("Pick at least one dimension or metric.");const q={limit:Number(h.value)||100},V=N(c.value);V&&p.value!==""&&(q.where={[V.name]:{[f.value]:Ru(V.type,p.value)}});const M=Nu(D().name,P,y);I={document:M,variables:q},v.textContent=`${M}
variables: ${JSON.stringify(q)}`;const z=(await ze(M,q))[D().name];if(z.rows.length===0)throw new Be("No rows match.");const A=await nt(D().name,z.rows),[K]=P,U=y.length===0?null:K&&N(K[0])?.type==="TIME"&&K[1]?Zt(z.rows,K[0],[{label:y[0],field:y[0]}]):ql(z.rows.slice(0,30),j=>P.map(([W])=>String(j[W]??"—")).join(" · ")||"all",y[0]);return[w("p",{class:"note",id:"explore-count"},`${z.rowCount} rows`),U??"",lt(A,z.rows)]});s.addEventListener("change",_),c.addEventListener("change",F),S.addEventListener("click",()=>{E()}),e.replaceChildren(w("div",{class:"subject"},w("h1",{},"Explore")),w("section",{class:"panel explorer"},w("div",{class:"tools"},w("label",{},"Cube ",s),n),o,a,w("div",{class:"tools"},"Filter ",c,f,p,w("label",{}," limit ",h),S,x),v),m.element),_(),await E()}async function Ou(e){const t=Te(void 0,"Sessions");e.replaceChildren(w("div",{class:"subject"},w("h1",{},"Sessions")),t.element),await Ce(t,async()=>{const{rows:s,rowCount:n=0}=(await ze(xu)).sessions;if(s.length===0)throw new Be("No sessions yet: ingest some events first.");const o=s.map(c=>{const f=encodeURIComponent(String(c.sessionId));return w("tr",{},w("td",{},Ie(c.title)),w("td",{},Ie(c.status)),w("td",{},Ie(c.startTime)),w("td",{},Ie(c.uniqueParticipants)),w("td",{},w("a",{href:`/dashboard/live/${f}`,class:"live-link"},"live")," · ",w("a",{href:`/dashboard/meeting/${f}`,class:"meeting-link"},"meeting")))}),a=["Title","Status","Started","Participants","Views"].map(c=>w("th",{scope:"col"},c));return[w("p",{class:"note"},`${n} sessions, newest first (up to ${s.length} listed).`),w("table",{class:"rows"},w("thead",{},w("tr",{},...a)),w("tbody",{},...o))]})}function Ml(e,t,s){return na(Au(e),t,s)}function hr(e,t,s){let n=()=>{};return()=>{n(),n=Ml(e(),t(),s)}}async function mr(e){return(await ze(Pu,{sessionId:e})).sessions.rows[0]??null}function gr(e){return w("p",{class:"status error unknown-session",role:"alert"},`Unknown session “${e}”: this API key's partner has no session with this id. `,w("a",{href:"/dashboard"},"Pick a session"))}function wr(e,t,s){const n=t.status==="ONGOING";return w("div",{class:"subject"},w("h1",{},`${e}: ${String(t.title??t.sessionId)}`),w("span",{class:`badge ${n?"ongoing":"ended"}`},String(t.status)),n&&w("span",{class:"note live-note"},"live panels update as data arrives"),w("span",{class:"note"},`session ${String(t.sessionId)} · started ${String(t.startTime)}`),s)}const vs="a3-viewer-engagement-table",wo=3,zu=[10,25,50,100],Uu=["jobTitle","company","industry","role","country","minutesViewed","liveEngagementRate"];function Fu(e){let t="",s="minutesViewed",n="MINUTES_VIEWED",o="DESC",a=0,c=25;const f=()=>({sessionId:{eq:e},...t?{name:{contains:t}}:{}}),p=()=>({where:f(),orderBy:[{field:n,direction:o}],limit:c,offset:a}),h=w("input",{type:"search",id:"viewer-search",placeholder:"Search names (3+ letters)","aria-label":"Search names"}),S=w("span",{class:"note",id:"search-hint"}),m=w("select",{id:"page-size","aria-label":"Rows per page"},...zu.map(_=>w("option",{value:_,selected:_===c},`${_} a page`)));m.addEventListener("change",()=>{c=Number(m.value),a=0,N()});const v=w("div",{class:"hover-card",hidden:!0}),I=pr(()=>({document:Qe(vs),variables:{...p(),limit:1e4,offset:0}}),`viewers-${e}.csv`),x=Te(vs,"Viewer engagement",w("div",{class:"tools"},h,S,m,I)),D=(_,C,E)=>{const P=new Map(E.map(y=>[y.key,y.label]));v.replaceChildren(w("strong",{},String(_.name??_.userId)),...Uu.map(y=>w("div",{},`${P.get(y)??y}: ${Ie(_[y],y)}`))),v.hidden=!1,v.style.top=`${C.offsetTop+C.offsetHeight}px`},N=()=>Ce(x,async()=>{const _=await ze(Qe(vs),p()),{rows:C,rowCount:E=0}=_.viewers;if(C.length===0)throw new Be(t?`No viewer's name contains “${t}”.`:"No viewers in this session.");const P=(await nt("viewers",C)).filter(M=>M.key!=="userId"),q=lt(P,C,{key:s,direction:o,onSort:M=>{M.key===s?o=o==="ASC"?"DESC":"ASC":[s,o]=[M.key,M.dimension?"ASC":"DESC"],n=M.sortField??n,a=0,N()}},(M,z)=>{z.addEventListener("mouseenter",()=>D(M,z,P)),z.addEventListener("mouseleave",()=>v.hidden=!0)}),V=M=>()=>{a+=M,N()};return[w("div",{class:"table-wrap"},q,v),w("div",{class:"pager"},w("button",{type:"button",id:"page-previous",disabled:a===0,onclick:V(-c)},"Previous"),w("span",{id:"page-status"},`rows ${a+1}-${a+C.length} of ${E}`),w("button",{type:"button",id:"page-next",disabled:a+C.length>=E,onclick:V(c)},"Next"))]});let F;return h.addEventListener("input",()=>{clearTimeout(F);const _=h.value.trim();if(_.length>0&&_.length<wo){S.textContent=`Type at least ${wo} letters to search.`;return}S.textContent="",F=window.setTimeout(()=>{_!==t&&(t=_,a=0,N())},250)}),{element:x.element,load:N}}const Bu=[["uniqueViewers","Unique viewers"],["liveUniqueViewers","Live viewers"],["avgMinutesViewed","Avg minutes viewed"],["liveEngagementRate","Live engagement"],["reactingViewersRate","Reacting viewers"],["reactions","Reactions"],["chattingViewersRate","Chatting viewers"],["chatMessages","Chat messages"],["pollParticipationRate","Poll participation"],["qaViewersRate","Q&A viewers"],["qaThreads","Q&A threads"],["downloadingViewersRate","Downloading viewers"],["attachmentDownloads","Attachment downloads"],["recordingPlays","Recording plays"]];async function Jt(e,t,s,n){const o=await(n??ze(Qe(e),t)),a=Object.values(o)[0].rows;if(a.length===0)throw new Be(s);return a}async function Hu(e,t){const s=await mr(t);if(!s){e.replaceChildren(gr(t));return}const n={sessionId:t},o=Te("a1-live-header","Header"),a=Tl("Grain",[["a2-live-timeline","per minute"],["a2b-live-timeline-ten-seconds","per 10 s"]]),c=Te("a2-live-timeline","Timeline: live viewers, engagement and reactions",w("div",{class:"tools"},a)),f=Fu(t),p=Te("a3b-engagement-heatmap","Engagement heatmap (live engagement per minute)"),h=Te("a4-polls","Polls"),S=Te("a4b-poll-answers","Poll answers"),m=Te("a5-recordings","Recordings"),v=Te("a5b-recording-plays-over-time","Recording plays over time (per day)"),I=Te("a6-countries","Countries"),x=Te("a6b-devices","Devices");e.replaceChildren(wr("Live session",s,w("a",{href:`/dashboard/meeting/${encodeURIComponent(t)}`},"Meeting view")),o.element,c.element,f.element,p.element,w("div",{class:"pair"},h.element,S.element),w("div",{class:"pair"},m.element,v.element),w("div",{class:"pair"},I.element,x.element));const D=(y=!1,q)=>Ce(o,async()=>{const[V]=await Jt("a1-live-header",n,"No viewers yet.",q);return[w("div",{class:"headlines"},...Bu.map(([M,z])=>ut(z,"viewers",M,Ie(V[M],M))))]},y),N=(y=!1,q)=>Ce(c,async()=>{const V=a.value,M=await Jt(V,n,"No live activity in this session.",q);return[Zt(M,V==="a2-live-timeline"?"minute":"tenSeconds",[{label:"Live viewers",field:"liveUniqueViewers"},{label:"Reactions",field:"reactions"},{label:"Engagement rate",field:"liveEngagementRate",right:!0}])]},y),F=()=>Ce(h,async()=>{const y=await Jt("a4-polls",n,"No polls in this session.");return _(String(y[0].pollId),String(y[0].question)),[lt(await nt("polls",y),y,void 0,(q,V)=>{V.classList.add("pickable"),V.tabIndex=0,V.addEventListener("click",()=>{_(String(q.pollId),String(q.question))})}),w("p",{class:"note"},"Pick a poll to see its answers.")]}),_=(y,q)=>Ce(S,async()=>{const V=await Jt("a4b-poll-answers",{sessionId:t,pollId:y},"No answers to this poll (open-ended or unanswered).");return[w("p",{class:"question"},q),lt(await nt("pollAnswers",V),V)]}),C=[D(),N(),f.load(),Ce(p,async()=>{const y=await Jt("a3b-engagement-heatmap",n,"No live activity in this session.");return[eu(y,q=>String(q.name??q.userId),"minute","liveEngagementRate")]}),F(),Ce(m,async()=>{const y=await ze(Qe("a5-recordings"),n),{rows:q,totals:V}=y.recordings;if(q.length===0)throw new Be("This session has no recording plays or impressions.");const M=V??{};return[w("div",{class:"headlines"},ut("Impressions","recordings","impressions",Ie(M.impressions)),ut("Plays","recordings","plays",Ie(M.plays)),ut("Minutes viewed","recordings","minutesViewed",Ie(M.minutesViewed)),ut("Avg completion","recordings","avgCompletionRate",Ie(M.avgCompletionRate,"avgCompletionRate"))),lt(await nt("recordings",q),q)]}),Ce(v,async()=>{const y=await Jt("a5b-recording-plays-over-time",n,"No recording plays yet.");return[Zt(y,"playedAt",[{label:"Plays",field:"plays"},{label:"Impressions",field:"impressions"}])]}),Ce(I,async()=>{const y=await Jt("a6-countries",n,"No viewers with a known country.");return[ql(y,q=>String(q.country??"unknown"),"uniqueViewers"),lt(await nt("countries",y),y)]}),Ce(x,async()=>{const y=await Jt("a6b-devices",n,"No viewers with a known device.");return[ql(y,q=>`${String(q.platform??"?")} · ${String(q.device??"?")}`,"uniqueViewers"),lt(await nt("devices",y),y)]})],E=s.status==="ONGOING",P=hr(()=>a.value,()=>n,y=>{N(!0,y)});a.addEventListener("change",()=>{c.element.dataset.panel=a.value,N(),E&&P()}),E&&(Ml("a1-live-header",n,y=>{D(!0,y)}),P()),await Promise.all(C)}const Wu=[["uniqueParticipants","Unique participants"],["durationMinutes","Duration (min)"],["participantMinutes","Participant minutes"],["avgInitiatingMs","Initiating time (ms)"]],Gu=["meetingId","sessionId","status","startTime","endTime","hasRecording","hasHls","hasRtmp"];async function ju(e,t){const s=await mr(t);if(!s){e.replaceChildren(gr(t));return}const n={sessionId:t},o=Te("b1-session-overview","Session overview"),a=Te("b2-participants","Participants"),c=Te("b3-call-health","Call health per participant and media"),f=Tl("Participant",[["","every participant"]]),p=Tl("Media",[["","all media"],["AUDIO","audio"],["VIDEO","video"],["SCREEN_SHARE","screen share"]]),h=Tl("Side",[["SEND","sender side"],["RECEIVE","receiver side"]]),S=Te("b4-session-stats-over-time","Session stats over time",w("div",{class:"tools"},f,p,h)),m=Te("b5-errors","Errors");e.replaceChildren(wr("Meeting",s,w("a",{href:`/dashboard/live/${encodeURIComponent(t)}`},"Live-session view")),o.element,a.element,c.element,S.element,m.element);const v=(C=!1,E)=>Ce(o,async()=>{const[P]=(await(E??ze(Qe("b1-session-overview"),n))).sessions.rows;if(!P)throw new Be("No overview for this session yet.");return[w("div",{class:"headlines"},...Wu.map(([y,q])=>ut(q,"sessions",y,Ie(P[y],y)))),w("dl",{class:"facts"},...Gu.flatMap(y=>[w("dt",{},y),w("dd",{"data-fact":y},Ie(P[y],y))]))]},C),I=(C=!1,E)=>Ce(a,async()=>{const P=(await(E??ze(Qe("b2-participants"),n))).viewers.rows;if(P.length===0)throw new Be("Nobody has joined this session.");const y=f.value;return f.replaceChildren(w("option",{value:""},"every participant"),...P.map(q=>w("option",{value:String(q.userId)},String(q.name??q.userId)))),f.value=y,[lt(await nt("viewers",P),P)]},C),x=()=>({sessionId:{eq:t},direction:{eq:h.value},...f.value?{[h.value==="SEND"?"senderUserId":"receiverUserId"]:{eq:f.value}}:{},...p.value?{media:{eq:p.value}}:{}}),D=(C=!1,E)=>Ce(S,async()=>{const y=(await(E??ze(Qe("b4-session-stats-over-time"),{where:x()}))).quality.rows;if(y.length===0)throw new Be("No quality samples for this choice.");return[Zt(y,"time",[{label:"avg jitter (ms)",field:"avgJitterMs"},{label:"p95 jitter (ms)",field:"p95JitterMs"},{label:"avg RTT (ms)",field:"avgRttMs"},{label:"avg packet loss (%)",field:"avgPacketLossPct",right:!0}]),Zt(y,"time",[{label:"avg bitrate (kbps)",field:"avgBitrateKbps"},{label:"avg height (px)",field:"avgHeight"},{label:"avg FPS",field:"avgFps",right:!0}])]},C),N=s.status==="ONGOING",F=hr(()=>"b4-session-stats-over-time",()=>({where:x()}),C=>{D(!0,C)});for(const C of[f,p,h])C.addEventListener("change",()=>{D(),N&&F()});const _=[v(),I(),Ce(c,async()=>{const C=(await ze(Qe("b3-call-health"),n)).quality.rows;if(C.length===0)throw new Be("No call-quality samples in this session.");return[lt(await nt("quality",C),C,void 0,(E,P)=>P.classList.add(`health-${String(E.health).toLowerCase()}`))]}),D(),Ce(m,async()=>{const C=await ze(Qe("b5-errors"),n);if(C.list.rows.length===0)throw new Be("No errors in this session.");const E=C.byType.totals??{};return[w("div",{class:"headlines"},ut("Errors","errors","errors",Ie(E.errors)),ut("Affected participants","errors","affectedParticipants",Ie(E.affectedParticipants))),lt(await nt("errors",C.byType.rows),C.byType.rows),lt(await nt("errors",C.list.rows),C.list.rows)]})];N&&(Ml("b1-session-overview",n,C=>{v(!0,C)}),Ml("b2-participants",n,C=>{I(!0,C)}),F()),await Promise.all(_)}const ll=document.getElementById("app"),qs=document.getElementById("forget-key");function Yu(e){const[t,s]=e.replace(/^\/dashboard\/?/,"").split("/").map(decodeURIComponent);return t==="live"&&s?n=>Hu(n,s):t==="meeting"&&s?n=>ju(n,s):t==="apps"?Iu:t==="explore"?Vu:t?async n=>n.replaceChildren(w("p",{class:"status error",role:"alert"},`No dashboard page “${e}”. `,w("a",{href:"/dashboard"},"Start page"))):Ou}function Ku(){const e=[["/dashboard","Sessions"],["/dashboard/apps","Apps"],["/dashboard/explore","Explore"]];document.getElementById("nav")?.replaceChildren(...e.map(([t,s])=>w("a",{href:t},s)))}function vo(e){const t=w("input",{type:"password",id:"api-key",name:"api-key",autocomplete:"off",required:!0}),s=w("form",{class:"key-form"},e&&w("p",{class:"status error unauthenticated",role:"alert"},e),w("label",{for:"api-key"},"API key"),t,w("button",{type:"submit"},"Open dashboard"),w("p",{class:"note"},"The key stays in this browser tab (sessionStorage) and is sent as `Authorization: Bearer …`; a link may carry it as #key=…"));return s.addEventListener("submit",n=>{n.preventDefault(),yo(t.value),js()}),s}async function js(){if(la(),!Is()){qs.hidden=!0,ll.replaceChildren(vo());return}qs.hidden=!1,ll.replaceChildren(w("p",{class:"status"},"Loading…"));try{await Yu(location.pathname)(ll)}catch(e){if(e instanceof ft&&e.kind==="unauthenticated")So(),ll.replaceChildren(vo(e.message));else{const t=e instanceof Error?e.message:String(e);ll.replaceChildren(w("p",{class:`status error ${e instanceof ft?e.kind:""}`,role:"alert"},t))}}}qs.addEventListener("click",()=>{So(),js()});Yr();Ku();js();
